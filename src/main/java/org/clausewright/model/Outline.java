package org.clausewright.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The draft's tree: parts, then clauses and sections (of clauses). Clauses not in it form the library.
 *
 * @param frozen the numbers stored when numbering was frozen, or null while numbers follow position
 */
public record Outline(List<Part> parts, FrozenNumbers frozen, Extras extras) {
    public Outline {
        parts = List.copyOf(parts);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Outline(List<Part> parts, FrozenNumbers frozen) {
        this(parts, frozen, Extras.NONE);
    }

    public Outline(List<Part> parts) {
        this(parts, null);
    }

    /** The same numbering (frozen or not) over other parts; the new items of a frozen outline get numbers stored. */
    public Outline withParts(List<Part> value) {
        return new Outline(value, frozen, extras).withNumbersStored();
    }

    /** Numbering frozen as it stands: from now on numbers stay with their items. */
    public Outline frozenNow() {
        return new Outline(parts, Numbering.of(this).snapshot(), extras);
    }

    public Outline unfrozen() {
        return new Outline(parts, null, extras);
    }

    public boolean isFrozen() {
        return frozen != null;
    }

    /** A frozen outline with the numbers of items added since stored too, so that moving them keeps them. */
    public Outline withNumbersStored() {
        if (frozen == null) {
            return this;
        }
        // the numbers are made anew; what a newer version kept beside them stays
        FrozenNumbers complete = Numbering.of(this).snapshot().withExtras(frozen.extras());
        return complete.equals(frozen) ? this : new Outline(parts, complete, extras);
    }

    public static Outline empty() {
        return new Outline(List.of());
    }

    /** Every clause in the draft, in reading order. */
    public List<String> clauseIds() {
        List<String> ids = new ArrayList<>();
        parts.forEach(p -> ids.addAll(p.clauseIds()));
        return ids;
    }

    public boolean contains(String clauseId) {
        return numbering().of(clauseId).isPresent();
    }

    public Numbering numbering() {
        return Numbering.of(this);
    }

    /** Where each clause sits: its part and (if any) section, by clause id, in reading order. */
    public Map<String, Placement> placements() {
        Map<String, Placement> result = new LinkedHashMap<>();
        for (Part part : parts) {
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    result.putIfAbsent(ref.clauseId(), new Placement(part.id(), null));
                } else if (item instanceof Section section) {
                    for (String id : section.clauseIds()) {
                        result.putIfAbsent(id, new Placement(part.id(), section.id()));
                    }
                }
            }
        }
        return result;
    }

    public Optional<Part> part(String partId) {
        return parts.stream().filter(p -> p.id().equals(partId)).findFirst();
    }

    /** A clause's container in the outline. */
    public record Placement(String partId, String sectionId) {
    }
}
