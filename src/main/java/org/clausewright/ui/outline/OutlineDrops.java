package org.clausewright.ui.outline;

import org.clausewright.command.ClauseSlot;
import org.clausewright.command.Command;
import org.clausewright.command.MoveClause;
import org.clausewright.command.MovePart;
import org.clausewright.command.MoveSection;
import org.clausewright.command.OutlineEdits;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.ui.outline.OutlineEditing.Drop;

import java.util.List;
import java.util.Optional;

/**
 * Where a dragged clause, section or part lands, as the move command it amounts to. Positions are worked out
 * on the outline without the dragged item, the way the move commands count them.
 */
final class OutlineDrops {
    private OutlineDrops() {
    }

    /** The command a drop amounts to, or empty when the dragged row cannot land there. */
    static Optional<Command> command(Project project, OutlineRow.Kind kind, String id, OutlineRow target,
                                     Drop where) {
        if (target == null || id == null || id.equals(target.id())) {
            return Optional.empty();
        }
        Outline without = OutlineEdits.removeClause(project.outline(), id);
        if (kind == OutlineRow.Kind.PART) {
            if (target.kind() != OutlineRow.Kind.PART) {
                return Optional.empty();
            }
            Outline rest = OutlineEdits.removePart(project.outline(), id);
            int index = indexOfPart(rest, target.id()) + (where == Drop.BEFORE ? 0 : 1);
            return Optional.of(new MovePart(id, index));
        }
        if (kind == OutlineRow.Kind.SECTION) {
            return sectionDrop(project.outline(), id, target, where);
        }
        if (kind != OutlineRow.Kind.CLAUSE || project.clause(id).isEmpty()) {
            return Optional.empty();
        }
        ClauseSlot slot = switch (target.kind()) {
            case PART -> new ClauseSlot(target.id(), null,
                    where == Drop.BEFORE ? 0 : without.part(target.id()).map(p -> p.items().size()).orElse(0));
            case SECTION -> where == Drop.INTO
                    ? new ClauseSlot(partOf(without, target), target.id(), Integer.MAX_VALUE / 2)
                    : sectionNeighbour(without, target.id(), where);
            case CLAUSE -> OutlineEdits.slotOf(without, target.id())
                    .map(s -> where == Drop.BEFORE ? s : s.at(s.index() + 1)).orElse(null);
        };
        return slot == null ? Optional.empty() : Optional.of(new MoveClause(id, slot));
    }

    /**
     * A section lands among a part's items: at the start or end of a part, or before or after an item of one.
     * Sections do not nest, so it cannot go into a section nor next to a clause inside one.
     */
    private static Optional<Command> sectionDrop(Outline outline, String id, OutlineRow target, Drop where) {
        if (OutlineEdits.sectionPlace(outline, id).isEmpty()) {
            return Optional.empty();
        }
        Outline without = OutlineEdits.removeSection(outline, id);
        ClauseSlot slot = switch (target.kind()) {
            case PART -> new ClauseSlot(target.id(), null,
                    where == Drop.BEFORE ? 0 : without.part(target.id()).map(p -> p.items().size()).orElse(0));
            case SECTION -> where == Drop.INTO ? null : sectionNeighbour(without, target.id(), where);
            case CLAUSE -> OutlineEdits.slotOf(without, target.id()).filter(s -> !s.inSection())
                    .map(s -> where == Drop.BEFORE ? s : s.at(s.index() + 1)).orElse(null);
        };
        return slot == null ? Optional.empty() : Optional.of(new MoveSection(id, slot.partId(), slot.index()));
    }

    private static ClauseSlot sectionNeighbour(Outline outline, String sectionId, Drop where) {
        OutlineEdits.SectionPlace place = OutlineEdits.sectionPlace(outline, sectionId).orElseThrow();
        return new ClauseSlot(place.part().id(), null, place.index() + (where == Drop.BEFORE ? 0 : 1));
    }

    static String partOf(Outline outline, OutlineRow row) {
        return switch (row.kind()) {
            case PART -> row.id();
            case SECTION -> OutlineEdits.sectionPlace(outline, row.id()).orElseThrow().part().id();
            case CLAUSE -> OutlineEdits.slotOf(outline, row.id()).map(ClauseSlot::partId)
                    .orElse(outline.parts().get(0).id());
        };
    }

    static int indexOfPart(Outline outline, String partId) {
        List<Part> parts = outline.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id().equals(partId)) {
                return i;
            }
        }
        return parts.size() - 1;
    }

}
