package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Extras;
import org.clausewright.model.FrozenNumbers;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * outline.json: parts, whose items are {"clause": id} or {"section": id, "title", "clauses"}; then the numbers
 * stored when numbering was frozen, or null.
 */
final class OutlineCodec {
    private OutlineCodec() {
    }

    static byte[] encode(Outline outline) {
        return JsonFormat.write(g -> {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", JsonFormat.SCHEMA_VERSION);
            g.writeArrayFieldStart("parts");
            for (Part part : outline.parts()) {
                g.writeStartObject();
                g.writeStringField("id", part.id());
                g.writeStringField("title", part.title());
                g.writeArrayFieldStart("items");
                for (OutlineItem item : part.items()) {
                    g.writeStartObject();
                    if (item instanceof ClauseRef ref) {
                        g.writeStringField("clause", ref.clauseId());
                        JsonFormat.writeExtras(g, ref.extras());
                    } else if (item instanceof Section section) {
                        g.writeStringField("section", section.id());
                        g.writeStringField("title", section.title());
                        ClauseCodec.writeStrings(g, "clauses", section.clauseIds());
                        JsonFormat.writeExtras(g, section.extras());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                JsonFormat.writeExtras(g, part.extras());
                g.writeEndObject();
            }
            g.writeEndArray();
            FrozenNumbersCodec.write(g, outline.frozen());
            JsonFormat.writeExtras(g, outline.extras());
            g.writeEndObject();
        });
    }

    static Outline decode(JsonNode root, Findings findings) {
        Fields f = Schema.open(root, findings, "outline.json");
        if (f == null) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        for (Fields p : f.objects("parts", "a part")) {
            String id = Schema.id(p, "id", "part");
            String title = p.string("title");
            List<OutlineItem> items = new ArrayList<>();
            for (Fields item : p.objects("items", "an outline item")) {
                OutlineItem decoded = item(item);
                if (decoded != null) {
                    items.add(decoded);
                }
            }
            Extras extras = p.finish();
            if (id != null) {
                parts.add(new Part(id, title, items, extras));
            }
        }
        FrozenNumbers frozen = FrozenNumbersCodec.read(f);
        return new Outline(parts, frozen, f.finish());
    }

    private static OutlineItem item(Fields item) {
        if (item.has("clause")) {
            String id = Schema.id(item, "clause", "clause");
            Extras extras = item.finish();
            return id == null ? null : new ClauseRef(id, extras);
        }
        if (item.has("section")) {
            String id = Schema.id(item, "section", "section");
            String title = item.string("title");
            List<String> clauses = new ArrayList<>();
            List<String> raw = item.strings("clauses");
            for (int i = 0; i < raw.size(); i++) {
                String clauseId = Schema.checkId(item, "clauses/" + i, raw.get(i), "clause");
                if (clauseId != null) {
                    clauses.add(clauseId);
                }
            }
            Extras extras = item.finish();
            return id == null ? null : new Section(id, title, clauses, extras);
        }
        item.problem(null, "an outline item needs `clause` (a clause id) or `section` (a section)");
        return null;
    }
}
