package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/** Adds a new clause at a place in the draft, or to the library when {@code slot} is null. */
public record AddClause(Clause clause, ClauseSlot slot) implements Command {
    @Override
    public String name() {
        return "command.addClause";
    }

    @Override
    public Project apply(Project project) {
        if (project.clause(clause.id()).isPresent()) {
            throw new IllegalArgumentException("clause " + clause.id() + " already exists");
        }
        Project next = project.withClause(clause);
        return slot == null ? next : next.withOutline(OutlineEdits.insertClause(next.outline(), slot, clause.id()));
    }
}
