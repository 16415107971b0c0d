package org.clausewright.ui.merge;

import org.clausewright.model.InfoRecord;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A record of project.json as Merge results shows one side of it: a line per field, named in the member's
 * language ("Short name: NOR"), so that two versions of a delegation read side by side field by field.
 */
final class RecordLines {
    private RecordLines() {
    }

    static String of(Messages messages, Project project, InfoRecord record) {
        if (record == null) {
            return messages.get("merge.record.absent");
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> field : record.fields().entrySet()) {
            String value = field.getValue();
            if (field.getKey().equals("delegation") && !value.isEmpty()) {
                value = project.info().shortNameOf(value);
            }
            lines.add(messages.format("merge.record.line", messages.get("merge.record." + field.getKey()),
                    value.isEmpty() ? messages.get("merge.empty") : value));
        }
        return String.join("\n", lines);
    }
}
