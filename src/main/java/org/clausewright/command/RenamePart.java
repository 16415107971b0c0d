package org.clausewright.command;

import org.clausewright.model.Part;
import org.clausewright.model.Project;

public record RenamePart(String partId, String title) implements Command {
    @Override
    public String name() {
        return "command.renamePart";
    }

    @Override
    public Project apply(Project project) {
        Part part = OutlineEdits.requirePart(project.outline(), partId);
        if (part.title().equals(title)) {
            return project;
        }
        return project.withOutline(OutlineEdits.replacePart(project.outline(), part.withTitle(title)));
    }
}
