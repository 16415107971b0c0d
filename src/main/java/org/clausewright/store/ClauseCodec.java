package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.Address;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.Extras;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.TextLimits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * clauses/&lt;id&gt;.json: the text is written as a list of paragraphs so each paragraph is one line, then the
 * bracket records and the decision log. A schema-1 file's {@code status} is read as the decision that led there.
 */
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
            g.writeStringField("rationale", c.rationale());
            writeStrings(g, "sources", c.sources());
            AddressCodec.write(g, c.addresses());
            g.writeStringField("alternativeOf", c.alternativeOf() == null ? "" : c.alternativeOf());
            BracketCodec.write(g, c.brackets());
            DecisionCodec.write(g, c.decisions());
            JsonFormat.writeExtras(g, c.extras());
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
        // schema 1 stored the status itself; since schema 2 it follows from the decision log
        boolean schema1 = Schema.versionOf(root) < 2;
        List<Decision> decisions = new ArrayList<>(schema1 ? DecisionCodec.fromSchema1(status(f)) : List.of());
        if (!schema1 && f.raw("status") != null) {
            f.problem("status", "`status` is no longer stored (schema version 2): a clause's status follows from "
                    + "its `decisions`; remove the key and record a decision (clausewright decide)");
        }
        String rationale = f.optionalString("rationale", "");
        List<String> sources = f.has("sources") ? f.strings("sources") : List.of();
        List<Address> addresses = AddressCodec.read(f);
        String alternativeOf = f.optionalString("alternativeOf", "");
        if (!alternativeOf.isEmpty()) {
            alternativeOf = Schema.checkId(f, "alternativeOf", alternativeOf, "clause");
        }
        List<Bracket> brackets = BracketCodec.read(f);
        decisions.addAll(DecisionCodec.read(f));
        f.raw("tags");
        f.raw("sources");
        Extras extras = f.finish();
        if (id == null) {
            return null;
        }
        // brackets typed by hand (or in a schema-1 file) get their records here, with ids made from the clause and
        // the wording, so that two sites reading the same file give them the same ids
        return BracketSync.reconcile(new Clause(id, heading, text, category, tags, rationale, sources, addresses,
                alternativeOf, brackets, decisions, extras));
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
