package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.NegotiationException;
import org.clausewright.model.Project;

/**
 * Records a decision that moves a clause to {@code to}: the only way its status changes. Refused with a
 * {@link DecisionRefused}, the brackets named, when {@code to} settles wording that still has an open bracket.
 */
public record Decide(String clauseId, ClauseStatus to, Negotiation.Context context) implements Command {
    @Override
    public String name() {
        return "command.decide";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        try {
            return project.withClause(Negotiation.decide(clause, to, context));
        } catch (NegotiationException e) {
            throw new DecisionRefused(e.getMessage(), e);
        }
    }
}
