package org.clausewright.command;

import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.BracketSync;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.QuoteAbsences;
import org.clausewright.model.Reanchoring;

/**
 * Replaces a clause's text and finds its annotations' anchors again in the new text, so that a comment
 * keeps pointing at its words (or shows as detached). Consecutive typing in one clause is one undo step.
 *
 * @param absences what the editor knows of detached quotes searched for in vain (null: nothing), so that a
 *                 keystroke looks for them only where it typed
 */
public record EditText(String clauseId, String text, QuoteAbsences absences) implements Command {
    public EditText(String clauseId, String text) {
        this(clauseId, text, null);
    }

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
        Project next = project.withClause(BracketSync.reconcile(clause.withText(text)));
        if (project.threadsOf(clauseId).isEmpty()) {
            return next;
        }
        Reanchoring r = AnchorRelocator.relocateAll(clause.text(), text, project.threadsOf(clauseId), absences);
        // typing away from every anchor moves none: the threads stay as they are, not copied per keystroke
        return r.changedAny() ? next.withThreads(clauseId, r.threads()) : next;
    }

    @Override
    public boolean continues(Command previous) {
        return previous instanceof EditText p && p.clauseId.equals(clauseId);
    }
}
