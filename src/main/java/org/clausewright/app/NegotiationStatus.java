package org.clausewright.app;

import org.clausewright.model.Adoption;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;

import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the negotiation on a draft stands: its clauses per status, its open brackets, and what blocks adoption,
 * one entry per clause ("2.3 Heading" → "1 open bracket, under-discussion").
 */
public record NegotiationStatus(int clauses, Map<ClauseStatus, Integer> perStatus, int openBrackets,
                                int bracketedClauses, Map<String, String> blockers) {
    public NegotiationStatus {
        perStatus = Collections.unmodifiableMap(new EnumMap<>(perStatus));
        blockers = Collections.unmodifiableMap(new LinkedHashMap<>(blockers));
    }

    public static NegotiationStatus of(Project project) {
        List<String> ids = project.outline().clauseIds().stream().distinct()
                .filter(id -> project.clause(id).isPresent()).toList();
        Map<ClauseStatus, Integer> perStatus = new EnumMap<>(ClauseStatus.class);
        for (ClauseStatus status : ClauseStatus.values()) {
            perStatus.put(status, 0);
        }
        int brackets = 0;
        int bracketed = 0;
        // each clause's brackets worked out once, for the count and for what blocks adoption
        Map<Clause, Integer> openPerClause = new IdentityHashMap<>();
        for (String id : ids) {
            Clause clause = project.clause(id).orElseThrow();
            perStatus.merge(clause.status(), 1, Integer::sum);
            int open = Negotiation.openBracketCount(clause);
            openPerClause.put(clause, open);
            brackets += open;
            bracketed += open == 0 ? 0 : 1;
        }
        // a clause may be blocked twice, by its brackets and by its status: one entry for it
        Map<String, String> byClause = new LinkedHashMap<>();
        for (Adoption.Blocker b : Adoption.blockers(project,
                c -> openPerClause.computeIfAbsent(c, Negotiation::openBracketCount))) {
            byClause.merge(b.number() + " " + (b.heading().isBlank() ? b.clauseId() : b.heading()), b.reason(),
                    (first, second) -> first + ", " + second);
        }
        return new NegotiationStatus(ids.size(), perStatus, brackets, bracketed, byClause);
    }

    /** Every clause agreed and no bracket open, in a draft that has clauses. */
    public boolean canAdopt() {
        return clauses > 0 && blockers.isEmpty();
    }
}
