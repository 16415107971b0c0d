package org.clausewright.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Numbers for every part, section and clause of an outline, computed from position alone. */
public final class Numbering {
    private final Map<String, OutlineNumber> parts = new HashMap<>();
    private final Map<String, OutlineNumber> sections = new HashMap<>();
    private final Map<String, OutlineNumber> clauses = new HashMap<>();

    private Numbering() {
    }

    public static Numbering of(Outline outline) {
        Numbering n = new Numbering();
        int p = 0;
        for (Part part : outline.parts()) {
            p++;
            n.parts.put(part.id(), new OutlineNumber(List.of(p)));
            int k = 0;
            for (OutlineItem item : part.items()) {
                k++;
                if (item instanceof ClauseRef ref) {
                    n.clauses.putIfAbsent(ref.clauseId(), new OutlineNumber(List.of(p, k)));
                } else if (item instanceof Section section) {
                    n.sections.put(section.id(), new OutlineNumber(List.of(p, k)));
                    int j = 0;
                    for (String id : section.clauseIds()) {
                        j++;
                        n.clauses.putIfAbsent(id, new OutlineNumber(List.of(p, k, j)));
                    }
                }
            }
        }
        return n;
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

    /** "3.2.1" for a numbered clause, "" for one in the library. */
    public String label(String clauseId) {
        return of(clauseId).map(OutlineNumber::toString).orElse("");
    }

    public List<String> numberedClauseIds() {
        List<String> ids = new ArrayList<>(clauses.keySet());
        ids.sort((a, b) -> clauses.get(a).compareTo(clauses.get(b)));
        return ids;
    }
}
