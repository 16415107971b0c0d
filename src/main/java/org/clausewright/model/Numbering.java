package org.clausewright.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers for every part, section and clause of an outline: by position, or, once numbering is frozen, as stored
 * (see {@link FrozenNumbers}), with bis, ter … for what was inserted since.
 */
public final class Numbering {
    private final Map<String, OutlineNumber> parts = new HashMap<>();
    private final Map<String, OutlineNumber> sections = new HashMap<>();
    private final Map<String, OutlineNumber> clauses = new HashMap<>();
    private final FrozenNumbers frozen;
    private final Set<OutlineNumber> used = new HashSet<>();
    /** Numbers given in this numbering so far, to give none twice. */
    private final Set<OutlineNumber> given = new HashSet<>();

    private Numbering(FrozenNumbers frozen) {
        this.frozen = frozen;
        if (frozen != null) {
            used.addAll(frozen.parts().values());
            used.addAll(frozen.sections().values());
            used.addAll(frozen.clauses().values());
        }
    }

    public static Numbering of(Outline outline) {
        Numbering n = new Numbering(outline.frozen());
        OutlineNumber previousPart = null;
        int p = 0;
        for (Part part : outline.parts()) {
            p++;
            OutlineNumber partNumber = n.number(n.frozenPart(part.id()), previousPart, null, p);
            boolean partIsNew = n.frozenPart(part.id()) == null;
            n.parts.put(part.id(), partNumber);
            previousPart = partNumber;
            OutlineNumber previousItem = null;
            int k = 0;
            for (OutlineItem item : part.items()) {
                k++;
                if (item instanceof ClauseRef ref) {
                    if (n.clauses.containsKey(ref.clauseId())) {
                        continue;
                    }
                    OutlineNumber number = partIsNew ? partNumber.child(k)
                            : n.number(n.frozenClause(ref.clauseId()), previousItem, partNumber, k);
                    n.clauses.put(ref.clauseId(), number);
                    previousItem = number;
                } else if (item instanceof Section section) {
                    OutlineNumber sectionNumber = partIsNew ? partNumber.child(k)
                            : n.number(n.frozenSection(section.id()), previousItem, partNumber, k);
                    boolean sectionIsNew = partIsNew || n.frozenSection(section.id()) == null;
                    n.sections.put(section.id(), sectionNumber);
                    previousItem = sectionNumber;
                    OutlineNumber previousClause = null;
                    int j = 0;
                    for (String id : section.clauseIds()) {
                        j++;
                        if (n.clauses.containsKey(id)) {
                            continue;
                        }
                        OutlineNumber number = sectionIsNew ? sectionNumber.child(j)
                                : n.number(n.frozenClause(id), previousClause, sectionNumber, j);
                        n.clauses.put(id, number);
                        previousClause = number;
                    }
                }
            }
        }
        return n;
    }

    // Unfrozen: the position. Frozen: the stored number, else the one after the previous sibling (2.3 bis), else,
    // before the first item of a container, its 0 (as "PP0" in UN practice), each skipping numbers already used.
    // A stored number already given to an item before (two sites each inserted a 2.3 bis, and git merged both
    // lines of outline.json) is not given twice: the later item is numbered as a new one.
    private OutlineNumber number(OutlineNumber stored, OutlineNumber previous, OutlineNumber container, int position) {
        if (frozen == null) {
            return container == null ? new OutlineNumber(List.of(position)) : container.child(position);
        }
        if (stored != null && given.add(stored)) {
            return stored;
        }
        OutlineNumber candidate = previous != null ? previous.nextSuffix()
                : container == null ? new OutlineNumber(List.of(0)) : container.child(0);
        while (used.contains(candidate) || given.contains(candidate)) {
            candidate = candidate.nextSuffix();
        }
        used.add(candidate);
        given.add(candidate);
        return candidate;
    }

    private OutlineNumber frozenPart(String id) {
        return frozen == null ? null : frozen.parts().get(id);
    }

    private OutlineNumber frozenSection(String id) {
        return frozen == null ? null : frozen.sections().get(id);
    }

    private OutlineNumber frozenClause(String id) {
        return frozen == null ? null : frozen.clauses().get(id);
    }

    /** The clause's number, or empty for a clause in the library. */
    public Optional<OutlineNumber> of(String clauseId) {
        return Optional.ofNullable(clauses.get(clauseId));
    }

    public Optional<OutlineNumber> ofPart(String partId) {
        return Optional.ofNullable(parts.get(partId));
    }

    public Optional<OutlineNumber> ofSection(String sectionId) {
        return Optional.ofNullable(sections.get(sectionId));
    }

    /** "3.2.1" for a numbered clause, "2.3 bis" after freezing, "" for one in the library. */
    public String label(String clauseId) {
        return of(clauseId).map(OutlineNumber::toString).orElse("");
    }

    public boolean isFrozen() {
        return frozen != null;
    }

    /** Every number as it stands now, to store when freezing or after an edit of a frozen outline. */
    public FrozenNumbers snapshot() {
        Map<String, OutlineNumber> p = new HashMap<>(parts);
        Map<String, OutlineNumber> s = new HashMap<>(sections);
        Map<String, OutlineNumber> c = new HashMap<>(clauses);
        if (frozen != null) {
            // removed items keep their numbers, unused
            frozen.parts().forEach(p::putIfAbsent);
            frozen.sections().forEach(s::putIfAbsent);
            frozen.clauses().forEach(c::putIfAbsent);
        }
        return new FrozenNumbers(p, s, c);
    }

    /** Numbers of clauses removed from a frozen outline ("[2.4 deleted]"), by clause id, in number order. */
    public List<Map.Entry<String, OutlineNumber>> deletedClauses() {
        List<Map.Entry<String, OutlineNumber>> deleted = new ArrayList<>();
        if (frozen != null) {
            frozen.clauses().forEach((id, number) -> {
                if (!clauses.containsKey(id)) {
                    deleted.add(Map.entry(id, number));
                }
            });
        }
        deleted.sort(Map.Entry.comparingByValue());
        return deleted;
    }

    public List<String> numberedClauseIds() {
        List<String> ids = new ArrayList<>(clauses.keySet());
        ids.sort((a, b) -> clauses.get(a).compareTo(clauses.get(b)));
        return ids;
    }
}
