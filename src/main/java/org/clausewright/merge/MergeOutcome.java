package org.clausewright.merge;

import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a merge made: the merged draft, which is a valid project whatever is still to be decided, the conflicts
 * listed for a member to choose (the draft holds ours meanwhile), and the brackets it made where both sites changed
 * the same words differently.
 *
 * @param clausesFromTheirs clauses whose merged state took something from theirs (text, fields, threads, place)
 * @param clausesFromOurs   clauses whose merged state took something from ours, seen from theirs
 * @param keptClauses       clauses deleted on one site and changed on the other, kept with a thread saying so
 */
public record MergeOutcome(Project merged, List<MergeConflict> conflicts, List<BracketMade> bracketsMade,
                           int clausesFromTheirs, int clausesFromOurs, List<String> keptClauses) {
    public MergeOutcome {
        Objects.requireNonNull(merged, "merged");
        conflicts = List.copyOf(conflicts);
        bracketsMade = List.copyOf(bracketsMade);
        keptClauses = List.copyOf(keptClauses);
    }

    /** Whether nothing waits for a member: no bracket made, no conflict listed. */
    public boolean isClean() {
        return conflicts.isEmpty() && bracketsMade.isEmpty();
    }

    /**
     * "12 clauses from Ingrid Solberg, 2 options to decide, 1 conflict to choose" — for the message of the version
     * that records the merge, which is why it is English like every message the history holds.
     */
    public String summary(MergeSide theirs) {
        List<String> parts = new ArrayList<>();
        parts.add(count(clausesFromTheirs, "clause", "clauses") + " from " + theirs.author());
        if (!bracketsMade.isEmpty()) {
            parts.add(count(bracketsMade.size(), "option", "options") + " to decide");
        }
        if (!conflicts.isEmpty()) {
            parts.add(count(conflicts.size(), "conflict", "conflicts") + " to choose");
        }
        if (!keptClauses.isEmpty()) {
            parts.add(count(keptClauses.size(), "deleted clause", "deleted clauses") + " kept");
        }
        return String.join(", ", parts);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
