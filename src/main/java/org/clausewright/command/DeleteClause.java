package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/**
 * Deletes a clause and its threads; undo (or a recorded version) brings it back. Alternatives that named
 * the clause stop naming it, in the same step, so that no file is left pointing at a clause that is gone.
 */
public record DeleteClause(String clauseId) implements Command {
    @Override
    public String name() {
        return "command.deleteClause";
    }

    @Override
    public Project apply(Project project) {
        Clauses.require(project, clauseId);
        Project result = project.withOutline(OutlineEdits.removeClause(project.outline(), clauseId))
                .withoutClause(clauseId);
        for (Clause clause : result.clauses().values()) {
            if (clauseId.equals(clause.alternativeOf())) {
                result = result.withClause(clause.withAlternativeOf(null));
            }
        }
        return result;
    }
}
