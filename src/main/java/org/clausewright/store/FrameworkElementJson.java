package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * One framework element as the JSON object a framework file holds it, for files that keep an element elsewhere (the
 * conflicts a sync listed). It goes through the framework file's own codec, so the keys, the checks and the kept
 * unknown keys are exactly a framework file's.
 */
public final class FrameworkElementJson {
    private static final Framework EMPTY = new Framework("f", "f", "", "", 0, "", "", "", "", List.of(), null);

    private FrameworkElementJson() {
    }

    public static JsonNode encode(FrameworkElement element) {
        Framework holder = new Framework(EMPTY.id(), EMPTY.title(), "", "", 0, "", "", "", "", List.of(element), null);
        try {
            return JsonFormat.read(FrameworkCodec.encode(holder)).get("elements").get(0);
        } catch (UnreadableJson e) {
            // the codec's own output always reads back
            throw new UncheckedIOException(e);
        }
    }

    /** The element {@code node} holds, or empty with {@code problems} saying why (named as in {@code path}). */
    public static Optional<FrameworkElement> decode(JsonNode node, String path, List<String> problems) {
        ObjectNode root;
        try {
            root = (ObjectNode) JsonFormat.read(FrameworkCodec.encode(EMPTY));
        } catch (UnreadableJson e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode list = root.putArray("elements");
        list.add(node);
        Findings findings = new Findings(path);
        Framework fw = FrameworkCodec.decode(root, findings);
        if (!findings.isEmpty() || fw == null || fw.elements().size() != 1) {
            findings.locate(new byte[0]).forEach(p -> problems.add(p.message()));
            return Optional.empty();
        }
        return Optional.of(fw.elements().get(0));
    }
}
