package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Extras;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Languages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * frameworks/&lt;id&gt;.json (and the library's copy in the jar): a reference framework and its elements, one element
 * object after another in the framework's order. Its schema has a version of its own, 1.
 */
public final class FrameworkCodec {
    static final int SCHEMA_VERSION = 1;

    private FrameworkCodec() {
    }

    static byte[] encode(Framework fw) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("id", fw.id());
            g.writeStringField("title", fw.title());
            g.writeStringField("shortTitle", fw.shortTitle());
            g.writeStringField("field", fw.field());
            g.writeNumberField("year", fw.year());
            g.writeStringField("issuedBy", fw.issuedBy());
            g.writeStringField("citation", fw.citation());
            g.writeStringField("url", fw.url());
            g.writeStringField("note", fw.note());
            g.writeArrayFieldStart("elements");
            for (FrameworkElement e : fw.elements()) {
                g.writeStartObject();
                g.writeStringField("id", e.id());
                g.writeStringField("number", e.number());
                g.writeStringField("title", e.title());
                g.writeStringField("summary", e.summary());
                // only when there are any: a file without translated titles keeps its bytes
                if (!e.titles().isEmpty()) {
                    g.writeObjectFieldStart("titles");
                    for (Map.Entry<String, String> t : e.titles().entrySet()) {
                        g.writeStringField(t.getKey(), t.getValue());
                    }
                    g.writeEndObject();
                }
                JsonFormat.writeExtras(g, e.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonFormat.writeExtras(g, fw.extras());
            g.writeEndObject();
        });
    }

    static Framework decode(JsonNode root, Findings findings) {
        Fields f = Fields.of(root, findings, "a framework file");
        if (f == null) {
            return null;
        }
        if (!version(f)) {
            return null;
        }
        String id = Schema.id(f, "id", "framework");
        String title = f.string("title");
        if (title.isBlank() && f.has("title")) {
            f.problem("title", "a framework needs a title");
        }
        String shortTitle = f.optionalString("shortTitle", "");
        String field = f.optionalString("field", "");
        Integer year = f.optionalInteger("year");
        String issuedBy = f.optionalString("issuedBy", "");
        String citation = f.optionalString("citation", "");
        String url = f.optionalString("url", "");
        String note = f.optionalString("note", "");
        List<FrameworkElement> elements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Fields e : f.objects("elements", "an element")) {
            String eid = e.string("id");
            String number = e.optionalString("number", "");
            String eTitle = e.string("title");
            String summary = e.optionalString("summary", "");
            Map<String, String> titles = titles(e);
            Extras extras = e.finish();
            if (!FrameworkElement.isValidId(eid)) {
                e.problem("id", "element id \"" + eid + "\" is not allowed: use 1 to "
                        + FrameworkElement.MAX_ID_LENGTH + " letters, digits, '.', '-' or '_'");
            } else if (!ids.add(eid)) {
                e.problem("id", "element id \"" + eid + "\" is used twice: each element needs an id of its own");
            } else {
                elements.add(new FrameworkElement(eid, number, eTitle, summary, titles, extras));
            }
        }
        Extras extras = f.finish();
        return id == null ? null : new Framework(id, title, shortTitle, field, year == null ? 0 : year, issuedBy,
                citation, url, note, elements, extras);
    }

    /**
     * An element's {@code titles}: its short title by language tag, {"fr": "Normes éthiques"}. A tag spelt otherwise
     * than this program writes tags, or a title that is not text, is a problem that says how to write it.
     */
    private static Map<String, String> titles(Fields e) {
        Map<String, String> result = new LinkedHashMap<>();
        JsonNode node = e.raw("titles");
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            e.problem("titles", "`titles` must be a JSON object of titles by language tag, such as {\"fr\": \"…\"}, "
                    + "not " + Fields.kind(node));
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            String tag = t.getKey();
            if (!Languages.isValidTag(tag)) {
                String canonical = Languages.canonical(tag);
                e.problem("titles/" + tag, "\"" + tag + "\" is not a language tag as Clausewright writes them"
                        + (canonical == null ? " (such as fr, ar or zh-CN)" : ": write it \"" + canonical + "\""));
            } else if (!t.getValue().isTextual()) {
                e.problem("titles/" + tag, "a title must be text, not " + Fields.kind(t.getValue()));
            } else {
                result.put(tag, t.getValue().textValue());
            }
        }
        return result;
    }

    // framework files count their versions apart from the project's other files, which are at version 2
    private static boolean version(Fields f) {
        if (!f.has("schemaVersion")) {
            f.raw("schemaVersion");
            f.problem(null, "`schemaVersion` is missing (expected " + SCHEMA_VERSION + ")");
            return true;
        }
        int version = f.integer("schemaVersion");
        if (version > SCHEMA_VERSION) {
            f.problem("schemaVersion", "schemaVersion " + version + " is newer than this Clausewright reads for a "
                    + "framework (up to " + SCHEMA_VERSION + "): update Clausewright to open it");
            return false;
        }
        if (version < 1) {
            f.problem("schemaVersion", "schemaVersion " + version + " is not a schema version (expected "
                    + SCHEMA_VERSION + ")");
        }
        return true;
    }

    /**
     * Reads one framework file that is not in a project folder (the library's, in the jar): the framework, or a
     * {@link ProjectFileException} naming {@code name}, the line and what is wrong.
     */
    public static Framework read(String name, byte[] content) throws ProjectFileException {
        JsonNode root;
        try {
            root = JsonFormat.read(content);
        } catch (UnreadableJson e) {
            throw new ProjectFileException(List.of(e.at(name)), null);
        }
        Findings findings = new Findings(name);
        Framework fw = root == null ? null : decode(root, findings);
        if (!findings.isEmpty() || fw == null) {
            List<Problem> problems = findings.isEmpty() ? List.of(Problem.ofFile(name, "is empty"))
                    : findings.locate(content);
            throw new ProjectFileException(problems, null);
        }
        return fw;
    }

    /** The bytes a framework is written as (the library's file is copied into a project in this form). */
    public static byte[] write(Framework fw) {
        return encode(fw);
    }
}
