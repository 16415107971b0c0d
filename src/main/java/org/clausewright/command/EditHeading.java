package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/** Renames a clause; consecutive typing in the same heading is one undo step. */
public record EditHeading(String clauseId, String heading) implements Command {
    @Override
    public String name() {
        return "command.renameClause";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        return clause.heading().equals(heading) ? project : project.withClause(clause.withHeading(heading));
    }

    @Override
    public boolean continues(Command previous) {
        return previous instanceof EditHeading p && p.clauseId.equals(clauseId);
    }
}
