package org.clausewright.model;

import java.time.Instant;

/** Test data: a clause moved to a status the only way a status changes, by a decision. */
public final class Decided {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");

    private Decided() {
    }

    public static Clause as(Clause clause, ClauseStatus to) {
        return clause.withDecision(Decision.status(String.format("d-%08x-%d", clause.id().hashCode(), to.ordinal()), T, "Test Member", "", "", clause.status(), to, ""));
    }
}
