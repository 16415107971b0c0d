package org.clausewright.command;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketGroup;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds an alternative wording to an open bracket, written after its last option ("[shall][should][must]"). An
 * empty text is the option of no text.
 */
public record AddOption(String clauseId, String bracketId, String text) implements Command {
    @Override
    public String name() {
        return "command.addOption";
    }

    @Override
    public Project apply(Project project) {
        if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an option is words of one paragraph, without square brackets");
        }
        Clause clause = Clauses.require(project, clauseId);
        Bracket bracket = Brackets.requireOpen(clause, bracketId);
        BracketGroup group = BracketLayout.of(clause).groupOf(bracketId).orElseThrow(() ->
                new IllegalArgumentException("bracket " + bracketId + " is no longer in the text"));
        List<BracketOption> options = new ArrayList<>(bracket.options());
        options.add(BracketOption.unattributed(text));
        Clause withOption = clause.withBracket(bracket.withOptions(options));
        String next = clause.text().substring(0, group.end()) + '[' + text + ']'
                + clause.text().substring(group.end());
        Project edited = project.withClause(withOption);
        return new EditText(clauseId, next).apply(edited);
    }
}
