package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.TextLimits;

import java.io.IOException;
import java.util.List;

/** clauses/&lt;id&gt;.json: the text is written as a list of paragraphs so each paragraph is one line. */
final class ClauseCodec {
    private ClauseCodec() {
    }

    static byte[] encode(Clause c) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeStringField("id", c.id());
            g.writeStringField("heading", c.heading());
            writeStrings(g, "text", c.paragraphs());
            g.writeStringField("category", c.category());
            writeStrings(g, "tags", c.tags());
            g.writeStringField("status", c.status().key());
            g.writeStringField("rationale", c.rationale());
            writeStrings(g, "sources", c.sources());
            g.writeStringField("alternativeOf", c.alternativeOf() == null ? "" : c.alternativeOf());
            g.writeEndObject();
        });
    }

    static void writeStrings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static Clause decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "a clause file");
        if (f == null) {
            return null;
        }
        String id = Schema.id(f, "id", "clause");
        String heading = f.string("heading");
        String text = text(f);
        String category = f.optionalString("category", "");
        List<String> tags = f.has("tags") ? f.strings("tags") : List.of();
        ClauseStatus status = status(f);
        String rationale = f.optionalString("rationale", "");
        List<String> sources = f.has("sources") ? f.strings("sources") : List.of();
        String alternativeOf = f.optionalString("alternativeOf", "");
        if (!alternativeOf.isEmpty()) {
            alternativeOf = Schema.checkId(f, "alternativeOf", alternativeOf, "clause");
        }
        f.raw("tags");
        f.raw("sources");
        f.finish();
        if (id == null) {
            return null;
        }
        List<Decision> decisions = status == ClauseStatus.PROPOSED ? List.of()
                : List.of(Decision.status("d-schema-1", null, "", "", "", ClauseStatus.PROPOSED, status,
                "Status carried over from schema version 1"));
        return BracketSync.reconcile(new Clause(id, heading, text, category, tags, rationale, sources, alternativeOf,
                List.of(), decisions));
    }

    /** A list of paragraphs, or (written by hand) one string with line breaks. */
    private static String text(Fields f) {
        JsonNode raw = f.raw("text");
        if (raw != null && raw.isTextual()) {
            return f.string("text").replace("\r\n", "\n");
        }
        List<String> paragraphs = f.strings("text");
        String text = String.join("\n", paragraphs);
        if (!TextLimits.fits(text) && paragraphs.stream().allMatch(TextLimits::fits)) {
            f.problem("text", TextLimitCheck.tooLong("text", text.length()));
        }
        return text;
    }

    private static ClauseStatus status(Fields f) {
        String key = f.optionalString("status", ClauseStatus.PROPOSED.key());
        return ClauseStatus.fromKey(key).orElseGet(() -> {
            f.problem("status", "`status` must be one of " + ClauseStatus.allKeys() + ", not \"" + key + "\"");
            return ClauseStatus.PROPOSED;
        });
    }
}
