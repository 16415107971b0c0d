package org.clausewright.command;

/**
 * {@link Decide}'s refusal of a status that settles the wording while a bracket of the clause is open. The command
 * alone decides; the window words it in the member's language (the brackets named), and the message is the English
 * sentence the log and command line give.
 */
public final class DecisionRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DecisionRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
