package org.clausewright.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.clausewright.model.FrozenNumbers;
import org.clausewright.model.Ids;
import org.clausewright.model.OutlineNumber;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code frozen} numbers of outline.json: {@code null} while numbers follow position; once frozen, the number
 * of every part, section and clause by id ("2.3 bis"), removed items' numbers included. Each number is one line,
 * written in number order, so that an insertion adds one line where a reader expects it.
 */
final class FrozenNumbersCodec {
    private static final List<String> KINDS = List.of("parts", "sections", "clauses");

    private FrozenNumbersCodec() {
    }

    static void write(JsonGenerator g, FrozenNumbers frozen) throws IOException {
        if (frozen == null) {
            g.writeNullField("frozen");
            return;
        }
        g.writeObjectFieldStart("frozen");
        writeNumbers(g, "parts", frozen.parts());
        writeNumbers(g, "sections", frozen.sections());
        writeNumbers(g, "clauses", frozen.clauses());
        JsonFormat.writeExtras(g, frozen.extras());
        g.writeEndObject();
    }

    private static void writeNumbers(JsonGenerator g, String key, Map<String, OutlineNumber> numbers)
            throws IOException {
        List<Map.Entry<String, OutlineNumber>> entries = new ArrayList<>(numbers.entrySet());
        // by number, then by id: two items can share a number after a merge of two sites' insertions
        entries.sort(Map.Entry.<String, OutlineNumber>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        g.writeObjectFieldStart(key);
        for (Map.Entry<String, OutlineNumber> e : entries) {
            g.writeStringField(e.getKey(), e.getValue().toString());
        }
        g.writeEndObject();
    }

    /** The stored numbers, or null when the outline is not frozen (or the file is of schema 1). */
    static FrozenNumbers read(Fields outline) {
        if (!outline.has("frozen")) {
            outline.raw("frozen");
            return null;
        }
        Fields frozen = outline.object("frozen", "`frozen`");
        if (frozen == null) {
            return null;
        }
        List<Map<String, OutlineNumber>> maps = new ArrayList<>();
        for (String kind : KINDS) {
            maps.add(numbers(frozen, kind));
        }
        return new FrozenNumbers(maps.get(0), maps.get(1), maps.get(2), frozen.finish());
    }

    private static Map<String, OutlineNumber> numbers(Fields frozen, String kind) {
        Map<String, OutlineNumber> result = new LinkedHashMap<>();
        JsonNode node = frozen.raw(kind);
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            frozen.problem(kind, "`" + kind + "` must be a JSON object of numbers by id, not " + Fields.kind(node));
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = kind + "/" + e.getKey();
            if (!Ids.isValid(e.getKey())) {
                frozen.problem(at, "\"" + e.getKey() + "\" is not an id: use 1 to " + Ids.MAX_LENGTH
                        + " lower-case letters, digits or '-'");
                continue;
            }
            OutlineNumber number = e.getValue().isTextual() ? OutlineNumber.parse(e.getValue().textValue())
                    .orElse(null) : null;
            if (number == null) {
                frozen.problem(at, "the frozen number of \"" + e.getKey() + "\" must be a number such as \"2.3\" or "
                        + "\"2.3 bis\", not " + (e.getValue().isTextual() ? "\"" + e.getValue().textValue() + "\""
                        : Fields.kind(e.getValue())));
                continue;
            }
            result.put(e.getKey(), number);
        }
        return result;
    }
}
