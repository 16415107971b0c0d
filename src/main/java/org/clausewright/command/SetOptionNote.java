package org.clausewright.command;

import org.clausewright.model.Bracket;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/** The short note on one option of a bracket ("compromise text of the Friends of the Chair"). */
public record SetOptionNote(String clauseId, String bracketId, int option, String note) implements Command {
    @Override
    public String name() {
        return "command.optionNote";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        Bracket bracket = Brackets.requireOpen(clause, bracketId);
        Brackets.requireOption(bracket, option);
        Bracket next = bracket.withOption(option, bracket.options().get(option).withNote(note == null ? "" : note));
        return next.equals(bracket) ? project : project.withClause(clause.withBracket(next));
    }

    @Override
    public boolean continues(Command previous) {
        return previous instanceof SetOptionNote p && p.clauseId.equals(clauseId) && p.bracketId.equals(bracketId)
                && p.option == option;
    }
}
