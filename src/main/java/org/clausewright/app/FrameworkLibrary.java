package org.clausewright.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Framework;
import org.clausewright.model.Ids;
import org.clausewright.store.FrameworkCodec;
import org.clausewright.store.JsonFormat;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.UnreadableJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frameworks the application ships (resources/frameworks/: index.json, an ordered list of ids, and ID.json for
 * each), from which a project adds the ones it works against. Read once when asked for; a project's own copies are
 * read with the project, not here.
 */
public final class FrameworkLibrary {
    private static final String ROOT = "/frameworks/";
    private final Map<String, Framework> frameworks;

    private FrameworkLibrary(Map<String, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    /** The library in this build of Clausewright, in the order index.json gives. */
    public static FrameworkLibrary bundled() throws IOException, ProjectFileException {
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (String id : index()) {
            String name = "frameworks/" + id + ".json";
            byte[] content = resource(ROOT + id + ".json", name);
            Framework fw = FrameworkCodec.read(name, content);
            if (!fw.id().equals(id)) {
                throw new IOException("the bundled framework " + name + " has id \"" + fw.id() + "\"");
            }
            frameworks.put(id, fw);
        }
        return new FrameworkLibrary(frameworks);
    }

    private static List<String> index() throws IOException {
        byte[] content = resource(ROOT + "index.json", "frameworks/index.json");
        JsonNode root;
        try {
            root = JsonFormat.read(content);
        } catch (UnreadableJson e) {
            throw new IOException("the bundled frameworks/index.json does not read: " + e.at("frameworks/index.json"),
                    e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException("the bundled frameworks/index.json must be a list of framework ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : root) {
            if (!item.isTextual() || !Ids.isValid(item.textValue()) || ids.contains(item.textValue())) {
                throw new IOException("the bundled frameworks/index.json lists " + item
                        + ", which is not a framework id or is listed twice");
            }
            ids.add(item.textValue());
        }
        return ids;
    }

    private static byte[] resource(String resource, String name) throws IOException {
        try (InputStream in = FrameworkLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("this build of Clausewright lacks the bundled " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Every framework of the library, in its order. */
    public List<Framework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public List<String> ids() {
        return List.copyOf(frameworks.keySet());
    }

    public Optional<Framework> get(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }
}
