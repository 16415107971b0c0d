package org.clausewright.command;

import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/**
 * Runs a bracket command on a clause whose brackets typed by hand have first been given their records. A clause
 * read from a file can show "[a][b]" without a record yet; the window lists it with the id {@link BracketSync} gives
 * it, and acting on it records it in the same undo step.
 */
public record WithRecordedBrackets(String clauseId, Command edit) implements Command {
    @Override
    public String name() {
        return edit.name();
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        Clause recorded = BracketSync.reconcile(clause);
        return edit.apply(recorded == clause ? project : project.withClause(recorded));
    }
}
