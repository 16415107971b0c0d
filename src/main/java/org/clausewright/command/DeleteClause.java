package org.clausewright.command;

import org.clausewright.model.Project;

/** Deletes a clause and its threads; undo (or a recorded version) brings it back. */
public record DeleteClause(String clauseId) implements Command {
    @Override
    public String name() {
        return "command.deleteClause";
    }

    @Override
    public Project apply(Project project) {
        Clauses.require(project, clauseId);
        return project.withOutline(OutlineEdits.removeClause(project.outline(), clauseId)).withoutClause(clauseId);
    }
}
