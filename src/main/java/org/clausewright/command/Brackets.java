package org.clausewright.command;

import org.clausewright.model.Bracket;
import org.clausewright.model.Clause;

/** Look-ups of brackets shared by the bracket commands, failing with a message that names what is missing. */
final class Brackets {
    private Brackets() {
    }

    static Bracket requireOpen(Clause clause, String bracketId) {
        Bracket bracket = clause.bracket(bracketId).orElseThrow(() ->
                new IllegalArgumentException("clause " + clause.id() + " has no bracket " + bracketId));
        if (!bracket.isOpen()) {
            throw new IllegalArgumentException("bracket " + bracketId + " is " + bracket.state().key()
                    + ": it can no longer be changed");
        }
        return bracket;
    }

    static void requireOption(Bracket bracket, int option) {
        if (option < 0 || option >= bracket.options().size()) {
            throw new IllegalArgumentException("bracket " + bracket.id() + " has no option " + (option + 1));
        }
    }
}
