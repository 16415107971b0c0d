package org.clausewright.command;

import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

import java.util.List;
import java.util.Optional;

/**
 * The keyboard moves of a clause (up, down, indent into the section above, outdent out of its section),
 * as the {@link MoveClause} they amount to, and of a section (up, down) as a {@link MoveSection}; empty when
 * the item cannot go that way.
 */
public final class OutlineMoves {
    private OutlineMoves() {
    }

    public static Optional<MoveClause> up(Outline outline, String clauseId) {
        return OutlineEdits.slotOf(outline, clauseId).flatMap(slot -> {
            if (slot.index() > 0) {
                return move(clauseId, slot.at(slot.index() - 1), "command.moveUp");
            }
            if (slot.inSection()) {
                int at = OutlineEdits.sectionPlace(outline, slot.sectionId()).orElseThrow().index();
                return move(clauseId, new ClauseSlot(slot.partId(), null, at), "command.moveUp");
            }
            int part = partIndex(outline, slot.partId());
            if (part == 0) {
                return Optional.empty();
            }
            Part previous = outline.parts().get(part - 1);
            return move(clauseId, new ClauseSlot(previous.id(), null, previous.items().size()), "command.moveUp");
        });
    }

    public static Optional<MoveClause> down(Outline outline, String clauseId) {
        return OutlineEdits.slotOf(outline, clauseId).flatMap(slot -> {
            Part part = OutlineEdits.requirePart(outline, slot.partId());
            if (slot.inSection()) {
                OutlineEdits.SectionPlace place = OutlineEdits.sectionPlace(outline, slot.sectionId()).orElseThrow();
                if (slot.index() < place.section().clauseIds().size() - 1) {
                    return move(clauseId, slot.at(slot.index() + 1), "command.moveDown");
                }
                return move(clauseId, new ClauseSlot(part.id(), null, place.index() + 1), "command.moveDown");
            }
            if (slot.index() < part.items().size() - 1) {
                return move(clauseId, slot.at(slot.index() + 1), "command.moveDown");
            }
            int index = partIndex(outline, part.id());
            if (index == outline.parts().size() - 1) {
                return Optional.empty();
            }
            return move(clauseId, new ClauseSlot(outline.parts().get(index + 1).id(), null, 0), "command.moveDown");
        });
    }

    /** Into the end of the section just above the clause. */
    public static Optional<MoveClause> indent(Outline outline, String clauseId) {
        return OutlineEdits.slotOf(outline, clauseId).flatMap(slot -> {
            if (slot.inSection() || slot.index() == 0) {
                return Optional.empty();
            }
            List<OutlineItem> items = OutlineEdits.requirePart(outline, slot.partId()).items();
            if (items.get(slot.index() - 1) instanceof Section s) {
                return move(clauseId, new ClauseSlot(slot.partId(), s.id(), s.clauseIds().size()),
                        "command.indent");
            }
            return Optional.empty();
        });
    }

    /** Out of its section, just after it. */
    public static Optional<MoveClause> outdent(Outline outline, String clauseId) {
        return OutlineEdits.slotOf(outline, clauseId).filter(ClauseSlot::inSection).flatMap(slot -> {
            int at = OutlineEdits.sectionPlace(outline, slot.sectionId()).orElseThrow().index();
            return move(clauseId, new ClauseSlot(slot.partId(), null, at + 1), "command.outdent");
        });
    }

    /** One item up in its part; the first item of a part goes to the end of the part before. */
    public static Optional<MoveSection> sectionUp(Outline outline, String sectionId) {
        return OutlineEdits.sectionPlace(outline, sectionId).flatMap(place -> {
            if (place.index() > 0) {
                return Optional.of(new MoveSection(sectionId, place.part().id(), place.index() - 1));
            }
            int part = partIndex(outline, place.part().id());
            if (part == 0) {
                return Optional.empty();
            }
            Part previous = outline.parts().get(part - 1);
            return Optional.of(new MoveSection(sectionId, previous.id(), previous.items().size()));
        });
    }

    /** One item down in its part; the last item of a part goes to the start of the part after. */
    public static Optional<MoveSection> sectionDown(Outline outline, String sectionId) {
        return OutlineEdits.sectionPlace(outline, sectionId).flatMap(place -> {
            if (place.index() < place.part().items().size() - 1) {
                return Optional.of(new MoveSection(sectionId, place.part().id(), place.index() + 1));
            }
            int part = partIndex(outline, place.part().id());
            if (part == outline.parts().size() - 1) {
                return Optional.empty();
            }
            return Optional.of(new MoveSection(sectionId, outline.parts().get(part + 1).id(), 0));
        });
    }

    private static Optional<MoveClause> move(String clauseId, ClauseSlot target, String name) {
        return Optional.of(new MoveClause(clauseId, target, name));
    }

    private static int partIndex(Outline outline, String partId) {
        List<Part> parts = outline.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id().equals(partId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no part " + partId);
    }
}
