package org.clausewright.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clausewright.model.InfoRecord;
import org.clausewright.model.ProjectInfo;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * One record of project.json (a delegation, member, meeting, category or source) as the JSON object project.json
 * holds it, for files that keep such records elsewhere (the conflicts a sync listed). It goes through
 * project.json's own codec, so the keys, the checks and the kept unknown keys are exactly project.json's.
 */
public final class InfoRecordJson {
    private static final ProjectInfo EMPTY = ProjectInfo.titled("p", "");

    private InfoRecordJson() {
    }

    public static JsonNode encode(InfoRecord record) {
        try {
            JsonNode root = JsonFormat.read(ProjectInfoCodec.encode(record.into(EMPTY)));
            return root.get(arrayKey(record.kind())).get(0);
        } catch (UnreadableJson e) {
            // the codec's own output always reads back
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The record {@code node} holds, or empty with {@code problems} saying why (named as in {@code path}, the
     * pointers relative to the record).
     */
    public static Optional<InfoRecord> decode(String kind, JsonNode node, String path, List<String> problems) {
        String key = arrayKey(kind);
        ObjectNode root;
        try {
            // an empty project.json as the codec writes it, every list there, with this one record in its list
            root = (ObjectNode) JsonFormat.read(ProjectInfoCodec.encode(EMPTY));
        } catch (UnreadableJson e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode list = root.putArray(key);
        list.add(node);
        Findings findings = new Findings(path);
        ProjectInfo info = ProjectInfoCodec.decode(root, findings);
        if (!findings.isEmpty() || info == null) {
            findings.locate(new byte[0]).forEach(p -> problems.add(p.message()));
            return Optional.empty();
        }
        List<? extends InfoRecord> records = InfoRecord.listOf(info, kind);
        return records.size() == 1 ? Optional.of(records.get(0)) : Optional.empty();
    }

    private static String arrayKey(String kind) {
        return switch (kind) {
            case "delegation" -> "delegations";
            case "member" -> "members";
            case "meeting" -> "meetings";
            case "category" -> "categories";
            case "source" -> "sources";
            default -> throw new IllegalArgumentException("\"" + kind + "\" is not a kind of record project.json "
                    + "lists");
        };
    }
}
