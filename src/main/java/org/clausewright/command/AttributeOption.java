package org.clausewright.command;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/**
 * Says where a delegation stands on one option of a bracket: it proposed, supports or opposes it; a null stance
 * takes it off the option. A delegation proposes or supports at most one option of a bracket: doing so for another
 * moves it there.
 */
public record AttributeOption(String clauseId, String bracketId, int option, String delegation,
                              BracketOption.Stance stance) implements Command {
    @Override
    public String name() {
        return "command.attributeOption";
    }

    @Override
    public Project apply(Project project) {
        if (project.info().delegation(delegation).isEmpty()) {
            throw new IllegalArgumentException("the project has no delegation " + delegation
                    + ": add it under Project ▸ Delegations and meetings");
        }
        Clause clause = Clauses.require(project, clauseId);
        Bracket bracket = Brackets.requireOpen(clause, bracketId);
        Brackets.requireOption(bracket, option);
        Bracket next = bracket;
        if (stance == BracketOption.Stance.PROPOSES || stance == BracketOption.Stance.SUPPORTS) {
            for (int k = 0; k < next.options().size(); k++) {
                BracketOption.Stance other = next.options().get(k).stanceOf(delegation);
                if (k != option && (other == BracketOption.Stance.PROPOSES || other == BracketOption.Stance.SUPPORTS)) {
                    next = next.withOption(k, next.options().get(k).withStance(delegation, null));
                }
            }
        }
        next = next.withOption(option, next.options().get(option).withStance(delegation, stance));
        return next.equals(bracket) ? project : project.withClause(clause.withBracket(next));
    }
}
