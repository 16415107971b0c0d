package org.clausewright.command;

import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;

/** Moves a part to {@code index} among the other parts. */
public record MovePart(String partId, int index) implements Command {
    @Override
    public String name() {
        return "command.movePart";
    }

    @Override
    public Project apply(Project project) {
        Part part = OutlineEdits.requirePart(project.outline(), partId);
        Outline moved = OutlineEdits.insertPart(OutlineEdits.removePart(project.outline(), partId), index, part);
        return moved.equals(project.outline()) ? project : project.withOutline(moved);
    }
}
