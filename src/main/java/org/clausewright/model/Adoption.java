package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;

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
        List<Blocker> blockers = new ArrayList<>();
        Numbering numbering = project.outline().numbering();
        for (String id : project.outline().clauseIds()) {
            Clause clause = project.clause(id).orElse(null);
            if (clause == null || clause.status() == ClauseStatus.WITHDRAWN) {
                // a withdrawn clause is out of the negotiation, whether or not it was taken out of the outline
                continue;
            }
            String number = numbering.label(id);
            List<String> open = Negotiation.openBrackets(clause);
            if (!open.isEmpty()) {
                blockers.add(new Blocker(id, number, clause.heading(), open.size() == 1 ? "1 open bracket"
                        : open.size() + " open brackets"));
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
