package org.clausewright.command;

import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.Project;

/**
 * Puts a clause at a place in the draft: a move within the outline, or an addition to the draft when the
 * clause was in the library. {@code name} tells the menu what it was ("Move clause", "Indent clause"…).
 */
public record MoveClause(String clauseId, ClauseSlot target, String name) implements Command {
    public MoveClause(String clauseId, ClauseSlot target) {
        this(clauseId, target, "command.moveClause");
    }

    @Override
    public Project apply(Project project) {
        Clauses.require(project, clauseId);
        // the same item moves, with whatever a newer version wrote in it
        ClauseRef ref = OutlineEdits.refOf(project.outline(), clauseId).orElseGet(() -> new ClauseRef(clauseId));
        Outline without = OutlineEdits.removeClause(project.outline(), clauseId);
        Outline moved = OutlineEdits.insertClause(without, target, ref);
        return moved.equals(project.outline()) ? project : project.withOutline(moved);
    }
}
