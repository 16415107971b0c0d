package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Nothing is agreed until everything is agreed: the draft can be adopted only when every clause in it is agreed
 * and no bracket is open. A withdrawn clause left in the outline blocks nothing.
 */
public final class Adoption {
    private Adoption() {
    }

    /** One thing that stands in the way, with the clause's number ("2.3") and why. */
    public record Blocker(String clauseId, String number, String heading, String reason) {
    }

    public static List<Blocker> blockers(Project project) {
        return blockers(project, Negotiation::openBracketCount);
    }

    /**
     * As {@link #blockers(Project)}, with each clause's open brackets counted by {@code openBrackets}: a caller that
     * has counted them already does not work out every clause's brackets again.
     */
    public static List<Blocker> blockers(Project project, ToIntFunction<Clause> openBrackets) {
        List<Blocker> blockers = new ArrayList<>();
        Numbering numbering = project.outline().numbering();
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElse(null);
            if (clause == null || clause.status() == ClauseStatus.WITHDRAWN) {
                // a withdrawn clause is out of the negotiation, whether or not it was taken out of the outline
                continue;
            }
            String number = numbering.label(id);
            int open = openBrackets.applyAsInt(clause);
            if (open > 0) {
                blockers.add(new Blocker(id, number, clause.heading(), open == 1 ? "1 open bracket"
                        : open + " open brackets"));
            }
            if (clause.status() != ClauseStatus.AGREED) {
                blockers.add(new Blocker(id, number, clause.heading(), clause.status().key()));
            }
        }
        return blockers;
    }

    public static boolean canAdopt(Project project) {
        return blockers(project).isEmpty();
    }
}
