package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Negotiation;
import org.clausewright.model.NegotiationException;
import org.clausewright.model.Project;

/**
 * Cleans a bracket: option {@code option} becomes the agreed text where it stood, or, with {@link #DELETE}, the
 * passage is dropped. Either way the clause's decision log says so.
 */
public record CleanBracket(String clauseId, String bracketId, int option, Negotiation.Context context)
        implements Command {
    /** The option index that deletes the passage instead of choosing an option. */
    public static final int DELETE = -1;

    @Override
    public String name() {
        return option == DELETE ? "command.deleteBracket" : "command.cleanBracket";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        try {
            Clause next = option == DELETE ? Negotiation.delete(clause, bracketId, context)
                    : Negotiation.clean(clause, bracketId, option, context);
            return project.withClause(next);
        } catch (NegotiationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
