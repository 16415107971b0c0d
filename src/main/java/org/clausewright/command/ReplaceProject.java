package org.clausewright.command;

import org.clausewright.model.Project;

import java.util.Objects;

/**
 * Makes the project a given state, as restoring a clause or the draft from a version does; undo brings
 * back what was there before.
 */
public record ReplaceProject(Project state, String name) implements Command {
    public ReplaceProject {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Project apply(Project project) {
        return state;
    }
}
