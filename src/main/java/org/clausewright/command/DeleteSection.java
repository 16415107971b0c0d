package org.clausewright.command;

import org.clausewright.model.ClauseRef;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Removes a section heading; its clauses stay in the part, where the section was. */
public record DeleteSection(String sectionId) implements Command {
    @Override
    public String name() {
        return "command.deleteSection";
    }

    @Override
    public Project apply(Project project) {
        OutlineEdits.SectionPlace place = OutlineEdits.sectionPlace(project.outline(), sectionId)
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionId));
        List<OutlineItem> items = new ArrayList<>(place.part().items());
        items.remove(place.index());
        items.addAll(place.index(), place.section().clauseIds().stream().map(ClauseRef::new).toList());
        Part part = place.part().withItems(items);
        return project.withOutline(OutlineEdits.replacePart(project.outline(), part));
    }
}
