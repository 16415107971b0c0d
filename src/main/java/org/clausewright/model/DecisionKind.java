package org.clausewright.model;

import java.util.Optional;

/** What a decision did to its clause. */
public enum DecisionKind {
    /** The clause's status moved (from → to); reopening is a move to {@link ClauseStatus#REOPENED}. */
    STATUS("status"),
    /** A bracket was cleaned: one option became agreed text. */
    BRACKET_CLEANED("bracket-cleaned"),
    /** A bracketed passage was dropped. */
    BRACKET_DELETED("bracket-deleted");

    private final String key;

    DecisionKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DecisionKind> fromKey(String key) {
        for (DecisionKind value : values()) {
            if (value.key.equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
