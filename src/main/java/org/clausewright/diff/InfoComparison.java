package org.clausewright.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clausewright.model.Category;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.SourceDocument;

/** What changed in project.json, briefly: title, subtitle, and members, categories and sources by name or id. */
final class InfoComparison {
    private InfoComparison() {
    }

    static List<InfoChange> between(ProjectInfo older, ProjectInfo newer) {
        List<InfoChange> changes = new ArrayList<>();
        if (!older.title().equals(newer.title())) {
            changes.add(new InfoChange(InfoChange.Field.TITLE, older.title(), newer.title()));
        }
        if (!older.subtitle().equals(newer.subtitle())) {
            changes.add(new InfoChange(InfoChange.Field.SUBTITLE, older.subtitle(), newer.subtitle()));
        }
        compare(changes, InfoChange.Field.MEMBER, older.members(), newer.members(), Member::name,
                m -> join(m.name(), m.role(), m.affiliation()));
        compare(changes, InfoChange.Field.CATEGORY, older.categories(), newer.categories(), Category::id,
                c -> c.id() + " (" + c.name() + ")");
        compare(changes, InfoChange.Field.SOURCE, older.sources(), newer.sources(), SourceDocument::id,
                s -> join(s.id(), s.title(), s.citation()));
        return changes;
    }

    private static <T> void compare(List<InfoChange> changes, InfoChange.Field field, List<T> older, List<T> newer,
                                    Function<T, String> key, Function<T, String> describe) {
        Map<String, String> was = describedByKey(older, key, describe);
        Map<String, String> is = describedByKey(newer, key, describe);
        is.forEach((k, now) -> {
            String before = was.getOrDefault(k, "");
            if (!before.equals(now)) {
                changes.add(new InfoChange(field, before, now));
            }
        });
        was.forEach((k, before) -> {
            if (!is.containsKey(k)) {
                changes.add(new InfoChange(field, before, ""));
            }
        });
    }

    private static <T> Map<String, String> describedByKey(List<T> items, Function<T, String> key,
                                                          Function<T, String> describe) {
        Map<String, String> result = new LinkedHashMap<>();
        items.forEach(item -> result.putIfAbsent(key.apply(item), describe.apply(item)));
        return result;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!part.isBlank()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(part);
            }
        }
        return sb.toString();
    }
}
