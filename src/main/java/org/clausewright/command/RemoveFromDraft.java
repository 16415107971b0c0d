package org.clausewright.command;

import org.clausewright.model.Project;

/** Takes a clause out of the draft into the library, keeping its text and threads. */
public record RemoveFromDraft(String clauseId) implements Command {
    @Override
    public String name() {
        return "command.removeFromDraft";
    }

    @Override
    public Project apply(Project project) {
        Clauses.require(project, clauseId);
        return project.withOutline(OutlineEdits.removeClause(project.outline(), clauseId));
    }
}
