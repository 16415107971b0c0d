package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.Extras;
import org.clausewright.model.Ids;
import org.clausewright.model.Languages;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * translations/&lt;language&gt;.json: the draft's title, subtitle and part and section titles in one target language,
 * each title one line, by id in id order.
 */
final class DraftTitlesCodec {
    private DraftTitlesCodec() {
    }

    static byte[] encode(DraftTitles t) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeStringField("language", t.language());
            g.writeStringField("title", t.title());
            g.writeStringField("subtitle", t.subtitle());
            titles(g, "parts", t.parts());
            titles(g, "sections", t.sections());
            JsonFormat.writeExtras(g, t.extras());
            g.writeEndObject();
        });
    }

    private static void titles(JsonGenerator g, String key, Map<String, String> titles) throws IOException {
        g.writeObjectFieldStart(key);
        for (Map.Entry<String, String> e : titles.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static DraftTitles decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "a file of translated titles");
        if (f == null) {
            return null;
        }
        String language = f.string("language");
        if (!Languages.isValidTag(language)) {
            f.problem("language", "`language` \"" + language + "\" is not a language tag such as fr, ar or zh-CN");
            language = null;
        }
        String title = f.optionalString("title", "");
        String subtitle = f.optionalString("subtitle", "");
        TreeMap<String, String> parts = read(f, "parts");
        TreeMap<String, String> sections = read(f, "sections");
        Extras extras = f.finish();
        return language == null ? null : new DraftTitles(language, title, subtitle, parts, sections, extras);
    }

    private static TreeMap<String, String> read(Fields f, String key) {
        TreeMap<String, String> result = new TreeMap<>();
        JsonNode node = f.raw(key);
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            f.problem(key, "`" + key + "` must be a JSON object of titles by id, not " + Fields.kind(node));
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Ids.isValid(e.getKey())) {
                f.problem(key + "/" + e.getKey(), "\"" + e.getKey() + "\" is not a part or section id");
            } else if (!e.getValue().isTextual()) {
                f.problem(key + "/" + e.getKey(), "a title must be text, not " + Fields.kind(e.getValue()));
            } else {
                result.put(e.getKey(), e.getValue().textValue());
            }
        }
        return result;
    }
}
