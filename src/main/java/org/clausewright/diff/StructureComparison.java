package org.clausewright.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clausewright.model.Numbering;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineNumber;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

/** Parts and sections added, removed, renamed or reordered, in the newer outline's order, then removed ones. */
final class StructureComparison {
    private StructureComparison() {
    }

    static List<StructureChange> between(Outline older, Outline newer) {
        Map<String, Heading> was = headings(older);
        Map<String, Heading> is = headings(newer);
        Set<String> moved = OrderChanges.moved(idsOf(was, StructureChange.Level.PART), idsOf(is, StructureChange.Level.PART));
        moved.addAll(OrderChanges.moved(idsOf(was, StructureChange.Level.SECTION),
                idsOf(is, StructureChange.Level.SECTION)));
        List<StructureChange> changes = new ArrayList<>();
        is.forEach((key, now) -> {
            Heading before = was.get(key);
            Set<StructureChange.Kind> kinds = EnumSet.noneOf(StructureChange.Kind.class);
            if (before == null) {
                kinds.add(StructureChange.Kind.ADDED);
            } else {
                if (!before.title.equals(now.title)) {
                    kinds.add(StructureChange.Kind.RENAMED);
                }
                if (moved.contains(now.id) || !Objects.equals(before.partId, now.partId)) {
                    kinds.add(StructureChange.Kind.MOVED);
                }
            }
            if (!kinds.isEmpty()) {
                changes.add(change(now.level, now.id, kinds, before, now));
            }
        });
        was.forEach((key, before) -> {
            if (!is.containsKey(key)) {
                changes.add(change(before.level, before.id, EnumSet.of(StructureChange.Kind.REMOVED), before, null));
            }
        });
        return changes;
    }

    private static StructureChange change(StructureChange.Level level, String id, Set<StructureChange.Kind> kinds,
                                          Heading before, Heading now) {
        return new StructureChange(level, id, kinds, before == null ? "" : before.title, now == null ? "" : now.title,
                before == null ? null : before.number, now == null ? null : now.number);
    }

    /** Parts and sections in reading order, keyed so that a part and a section may share an id. */
    private static Map<String, Heading> headings(Outline outline) {
        Numbering numbers = outline.numbering();
        Map<String, Heading> result = new LinkedHashMap<>();
        for (Part part : outline.parts()) {
            result.putIfAbsent("p:" + part.id(), new Heading(StructureChange.Level.PART, part.id(), part.title(), null,
                    numbers.ofPart(part.id()).orElse(null)));
            part.items().stream().filter(Section.class::isInstance).map(Section.class::cast).forEach(s ->
                    result.putIfAbsent("s:" + s.id(), new Heading(StructureChange.Level.SECTION, s.id(), s.title(),
                            part.id(), numbers.ofSection(s.id()).orElse(null))));
        }
        return result;
    }

    private static List<String> idsOf(Map<String, Heading> headings, StructureChange.Level level) {
        return headings.values().stream().filter(h -> h.level == level).map(h -> h.id).toList();
    }

    private record Heading(StructureChange.Level level, String id, String title, String partId, OutlineNumber number) {
    }
}
