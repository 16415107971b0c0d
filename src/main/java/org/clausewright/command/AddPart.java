package org.clausewright.command;

import org.clausewright.model.Part;
import org.clausewright.model.Project;

public record AddPart(Part part, int index) implements Command {
    @Override
    public String name() {
        return "command.addPart";
    }

    @Override
    public Project apply(Project project) {
        if (project.outline().part(part.id()).isPresent()) {
            throw new IllegalArgumentException("part " + part.id() + " already exists");
        }
        return project.withOutline(OutlineEdits.insertPart(project.outline(), index, part));
    }
}
