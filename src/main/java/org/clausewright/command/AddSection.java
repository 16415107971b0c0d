package org.clausewright.command;

import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Adds a section at {@code index} among a part's items. */
public record AddSection(String partId, int index, Section section) implements Command {
    @Override
    public String name() {
        return "command.addSection";
    }

    @Override
    public Project apply(Project project) {
        if (OutlineEdits.sectionPlace(project.outline(), section.id()).isPresent()) {
            throw new IllegalArgumentException("section " + section.id() + " already exists");
        }
        Part part = OutlineEdits.requirePart(project.outline(), partId);
        List<OutlineItem> items = new ArrayList<>(part.items());
        items.add(Math.min(Math.max(index, 0), items.size()), section);
        return project.withOutline(OutlineEdits.replacePart(project.outline(), part.withItems(items)));
    }
}
