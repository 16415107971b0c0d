package org.clausewright.command;

/**
 * {@link MergeResolution}'s refusal of a choice it cannot make now. The command alone decides; the window words the
 * {@link Reason} in the member's language, and the message is the English sentence the log and command line give.
 */
public final class MergeRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What stands in the way. */
    public enum Reason {
        /** The clause the conflict is about is no longer in the draft. */
        CLAUSE_GONE,
        /** The part or section the chosen side put the clause in is no longer in the draft. */
        PLACE_GONE,
        /** The framework is no longer in the project, and the conflict does not carry it to put back. */
        FRAMEWORK_GONE,
        /** The framework's element is no longer in it. */
        ELEMENT_GONE,
        /** The chosen status settles the wording while a bracket of the clause is open. */
        OPEN_BRACKETS
    }

    private final transient Reason reason;

    public MergeRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MergeRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
