package org.clausewright.command;

import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Pure functions on the immutable outline that the outline commands are made of. */
public final class OutlineEdits {
    private OutlineEdits() {
    }

    /** Where a clause sits now, if it is in the draft. */
    public static Optional<ClauseSlot> slotOf(Outline outline, String clauseId) {
        for (Part part : outline.parts()) {
            List<OutlineItem> items = part.items();
            for (int i = 0; i < items.size(); i++) {
                OutlineItem item = items.get(i);
                if (item instanceof ClauseRef ref && ref.clauseId().equals(clauseId)) {
                    return Optional.of(new ClauseSlot(part.id(), null, i));
                }
                if (item instanceof Section s && s.clauseIds().contains(clauseId)) {
                    return Optional.of(new ClauseSlot(part.id(), s.id(), s.clauseIds().indexOf(clauseId)));
                }
            }
        }
        return Optional.empty();
    }

    public static Outline removeClause(Outline outline, String clauseId) {
        return mapParts(outline, part -> {
            List<OutlineItem> items = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref && ref.clauseId().equals(clauseId)) {
                    continue;
                }
                if (item instanceof Section s && s.clauseIds().contains(clauseId)) {
                    List<String> ids = new ArrayList<>(s.clauseIds());
                    ids.remove(clauseId);
                    item = s.withClauseIds(ids);
                }
                items.add(item);
            }
            return part.withItems(items);
        });
    }

    /** Puts a clause (not in the outline) at the slot; an index past the end appends. */
    public static Outline insertClause(Outline outline, ClauseSlot slot, String clauseId) {
        return insertClause(outline, slot, new ClauseRef(clauseId));
    }

    /**
     * Puts a clause item at the slot. Placed directly in a part it stays the same item, with what a newer version
     * wrote in it; in a section a clause is only its id.
     */
    public static Outline insertClause(Outline outline, ClauseSlot slot, ClauseRef ref) {
        String clauseId = ref.clauseId();
        requirePart(outline, slot.partId());
        boolean[] found = {slot.sectionId() == null};
        Outline result = mapParts(outline, part -> {
            if (!part.id().equals(slot.partId())) {
                return part;
            }
            List<OutlineItem> items = new ArrayList<>(part.items());
            if (slot.sectionId() == null) {
                items.add(Math.min(slot.index(), items.size()), ref);
            } else {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Section s && s.id().equals(slot.sectionId())) {
                        List<String> ids = new ArrayList<>(s.clauseIds());
                        ids.add(Math.min(slot.index(), ids.size()), clauseId);
                        items.set(i, s.withClauseIds(ids));
                        found[0] = true;
                    }
                }
            }
            return part.withItems(items);
        });
        if (!found[0]) {
            throw new IllegalArgumentException("part " + slot.partId() + " has no section " + slot.sectionId());
        }
        return result;
    }

    /** The outline without the section and its clauses (they leave the draft with it). */
    public static Outline removeSection(Outline outline, String sectionId) {
        return mapParts(outline, part -> part.withItems(part.items().stream()
                .filter(i -> !(i instanceof Section s && s.id().equals(sectionId))).toList()));
    }

    public static Outline insertPart(Outline outline, int index, Part part) {
        List<Part> parts = new ArrayList<>(outline.parts());
        parts.add(Math.min(Math.max(index, 0), parts.size()), part);
        return outline.withParts(parts);
    }

    public static Outline removePart(Outline outline, String partId) {
        requirePart(outline, partId);
        return outline.withParts(outline.parts().stream().filter(p -> !p.id().equals(partId)).toList());
    }

    public static Outline replacePart(Outline outline, Part replacement) {
        requirePart(outline, replacement.id());
        return mapParts(outline, p -> p.id().equals(replacement.id()) ? replacement : p);
    }

    /** The clause's item when it is placed directly in a part (not in a section). */
    public static Optional<ClauseRef> refOf(Outline outline, String clauseId) {
        for (Part part : outline.parts()) {
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref && ref.clauseId().equals(clauseId)) {
                    return Optional.of(ref);
                }
            }
        }
        return Optional.empty();
    }

    /** The section and the part holding it. */
    public static Optional<SectionPlace> sectionPlace(Outline outline, String sectionId) {
        for (Part part : outline.parts()) {
            for (int i = 0; i < part.items().size(); i++) {
                if (part.items().get(i) instanceof Section s && s.id().equals(sectionId)) {
                    return Optional.of(new SectionPlace(part, s, i));
                }
            }
        }
        return Optional.empty();
    }

    static Part requirePart(Outline outline, String partId) {
        return outline.part(partId).orElseThrow(() -> new IllegalArgumentException("no part " + partId));
    }

    static Outline mapParts(Outline outline, UnaryOperator<Part> change) {
        return outline.withParts(outline.parts().stream().map(change).toList());
    }

    /** Where a section is: its part and its index among the part's items. */
    public record SectionPlace(Part part, Section section, int index) {
    }
}
