package org.clausewright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the records project.json lists by a key (a member by name, the others by id): what a merge takes from
 * either site whole, and what Merge results shows field by field when both sites changed it differently.
 */
public sealed interface InfoRecord permits Category, Delegation, Meeting, Member, SourceDocument {
    /** The key it is listed by: a member's name, the others' id. */
    String key();

    /** "delegation", "member", "meeting", "category" or "source": the kind, as files and messages name it. */
    String kind();

    /** Its fields in the order the parties dialog shows them, by name; a missing date is "". */
    Map<String, String> fields();

    /** The non-empty fields on one line, for the command line's report and the version's message. */
    default String summary() {
        List<String> values = new ArrayList<>();
        fields().values().stream().filter(v -> !v.isEmpty() && !values.contains(v)).forEach(values::add);
        return String.join(" · ", values);
    }

    /** The same record in {@code info}, or null when it does not list one with this kind and key. */
    default InfoRecord in(ProjectInfo info) {
        List<? extends InfoRecord> listed = listOf(info, kind());
        return listed.stream().filter(r -> r.key().equals(key())).findFirst().orElse(null);
    }

    /** {@code info} with this record in place of the one with its kind and key (added at the end when none). */
    default ProjectInfo into(ProjectInfo info) {
        return InfoRecords.replace(info, this);
    }

    static List<? extends InfoRecord> listOf(ProjectInfo info, String kind) {
        return switch (kind) {
            case "delegation" -> info.delegations();
            case "member" -> info.members();
            case "meeting" -> info.meetings();
            case "category" -> info.categories();
            case "source" -> info.sources();
            default -> throw new IllegalArgumentException("\"" + kind + "\" is not a kind of record project.json lists");
        };
    }

    static Map<String, String> fieldsOf(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return fields;
    }
}
