package org.clausewright.command;

import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Reanchoring;

/**
 * Replaces a clause's text and finds its annotations' anchors again in the new text, so that a comment
 * keeps pointing at its words (or shows as detached). Consecutive typing in one clause is one undo step.
 */
public record EditText(String clauseId, String text) implements Command {
    @Override
    public String name() {
        return "command.editText";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        if (clause.text().equals(text)) {
            return project;
        }
        Project next = project.withClause(clause.withText(text));
        if (project.threadsOf(clauseId).isEmpty()) {
            return next;
        }
        Reanchoring r = AnchorRelocator.relocateAll(clause.text(), text, project.threadsOf(clauseId));
        return next.withThreads(clauseId, r.threads());
    }

    @Override
    public boolean continues(Command previous) {
        return previous instanceof EditText p && p.clauseId.equals(clauseId);
    }
}
