package org.clausewright.command;

import org.clausewright.model.Project;

/**
 * One undoable edit of a project. The model is immutable, so a command only computes the next state;
 * the {@link CommandStack} keeps the state before it, which is what undo goes back to.
 */
public interface Command {
    /** The message key of the action's name ("command.moveClause"), shown as "Undo Move clause". */
    String name();

    /** The project after this edit; throws {@link IllegalArgumentException} when the edit does not apply. */
    Project apply(Project project);

    /**
     * Whether this edit continues {@code previous} (the one just done) so that both undo as one step,
     * as consecutive keystrokes in one clause do.
     */
    default boolean continues(Command previous) {
        return false;
    }
}
