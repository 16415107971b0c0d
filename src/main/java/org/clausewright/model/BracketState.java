package org.clausewright.model;

import java.util.Optional;

/** Where a bracketed passage stands: still open, cleaned (one option agreed), or deleted (the passage dropped). */
public enum BracketState {
    OPEN("open"),
    CLEANED("cleaned"),
    DELETED("deleted");

    private final String key;

    BracketState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<BracketState> fromKey(String key) {
        for (BracketState value : values()) {
            if (value.key.equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
