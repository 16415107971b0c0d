package org.clausewright.command;

import org.clausewright.model.Project;

/**
 * Freezes the outline's numbering as it stands: from then on an item inserted after 2.3 is 2.3 bis, a removed
 * item leaves its number unused, and a moved one keeps its number. Undo unfreezes.
 */
public record FreezeNumbering() implements Command {
    @Override
    public String name() {
        return "command.freezeNumbering";
    }

    @Override
    public Project apply(Project project) {
        if (project.outline().isFrozen()) {
            throw new IllegalArgumentException("the numbering is already frozen");
        }
        return project.withOutline(project.outline().frozenNow());
    }
}
