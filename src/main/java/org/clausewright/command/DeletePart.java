package org.clausewright.command;

import org.clausewright.model.Project;

/** Removes a part from the draft; its clauses go to the library rather than being lost. */
public record DeletePart(String partId) implements Command {
    @Override
    public String name() {
        return "command.deletePart";
    }

    @Override
    public Project apply(Project project) {
        return project.withOutline(OutlineEdits.removePart(project.outline(), partId));
    }
}
