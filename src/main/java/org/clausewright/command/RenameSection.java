package org.clausewright.command;

import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;

public record RenameSection(String sectionId, String title) implements Command {
    @Override
    public String name() {
        return "command.renameSection";
    }

    @Override
    public Project apply(Project project) {
        OutlineEdits.SectionPlace place = OutlineEdits.sectionPlace(project.outline(), sectionId)
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        if (place.section().title().equals(title)) {
            return project;
        }
        List<OutlineItem> items = new ArrayList<>(place.part().items());
        items.set(place.index(), place.section().withTitle(title));
        Part part = place.part().withItems(items);
        return project.withOutline(OutlineEdits.replacePart(project.outline(), part));
    }
}
