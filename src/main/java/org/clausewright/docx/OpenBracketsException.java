package org.clausewright.docx;

import org.clausewright.model.Clause;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * The agreed text was asked for while brackets are open: the export is refused, naming each open bracket by its
 * clause number, id and wording, so the committee knows what is left to clean.
 */
public final class OpenBracketsException extends IllegalStateException {
    private final List<String> brackets;

    OpenBracketsException(List<String> brackets) {
        super("cannot export the agreed text while " + (brackets.size() == 1 ? "a bracket is" : brackets.size()
                + " brackets are") + " open: " + String.join("; ", brackets)
                + ". Clean or delete them first, or export the text with its brackets.");
        this.brackets = List.copyOf(brackets);
    }

    /** Each open bracket: "1.2 b-1a2b3c4d [shall / should]", detached records included. */
    public List<String> brackets() {
        return brackets;
    }

    /** Refuses a draft of which a clause in the outline has an open bracket. */
    static void refuseOpen(Project project) {
        Numbering numbering = project.outline().numbering();
        List<String> open = new ArrayList<>();
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElse(null);
            if (clause != null) {
                Negotiation.openBrackets(clause).forEach(b -> open.add(numbering.label(id) + " " + b));
            }
        }
        if (!open.isEmpty()) {
            throw new OpenBracketsException(open);
        }
    }
}
