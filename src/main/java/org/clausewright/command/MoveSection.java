package org.clausewright.command;

import org.clausewright.model.OutlineItem;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a section, with its clauses, at {@code index} among the items of part {@code partId} (its own part or
 * another). The index counts the part's items without the section, as {@link ClauseSlot} does, so
 * "index 0" always means "first"; an index past the end appends.
 */
public record MoveSection(String sectionId, String partId, int index) implements Command {
    public MoveSection {
        if (index < 0) {
            throw new IllegalArgumentException("section index " + index + " is negative");
        }
    }

    @Override
    public String name() {
        return "command.moveSection";
    }

    @Override
    public Project apply(Project project) {
        OutlineEdits.SectionPlace place = OutlineEdits.sectionPlace(project.outline(), sectionId)
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        Outline without = OutlineEdits.removeSection(project.outline(), sectionId);
        Part target = OutlineEdits.requirePart(without, partId);
        List<OutlineItem> items = new ArrayList<>(target.items());
        items.add(Math.min(index, items.size()), place.section());
        Outline moved = OutlineEdits.replacePart(without, target.withItems(items));
        return moved.equals(project.outline()) ? project : project.withOutline(moved);
    }
}
