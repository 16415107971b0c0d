package org.clausewright.diff;

import java.util.List;
import java.util.Objects;

/**
 * How one bracket of a clause changed between two states, as a unit: opened, an option added, removed or
 * reworded, a delegation's stance or an option's note changed, cleaned, deleted, reopened, or no longer recorded.
 *
 * @param option      the option's words concerned ("" for no text), or, for OPENED, DELETED, REOPENED and DROPPED,
 *                    the bracket as printed ("[shall / should]"); for CLEANED the option agreed
 * @param was         the earlier value: reworded option's old words, the stance or note before ("" for none)
 * @param is          the later value: the stance or note after ("" for none)
 * @param delegations short names: who proposed an added option, or whose stance changed
 * @param decision    for CLEANED and DELETED, the decision in the log that did it (meeting, requesting delegation,
 *                    who recorded it, why); null when the log has none, as for a bracket cleaned by hand in a file
 */
public record BracketChange(Kind kind, String bracketId, String option, String was, String is,
                            List<String> delegations, DecisionChange decision) {
    public enum Kind {
        OPENED, OPTION_ADDED, OPTION_REMOVED, OPTION_REWORDED, STANCE, NOTE, CLEANED, DELETED, REOPENED, DROPPED
    }

    public BracketChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bracketId, "bracketId");
        option = option == null ? "" : option;
        was = was == null ? "" : was;
        is = is == null ? "" : is;
        delegations = List.copyOf(delegations);
    }

    public BracketChange(Kind kind, String bracketId, String option, String was, String is, List<String> delegations) {
        this(kind, bracketId, option, was, is, delegations, null);
    }
}
