package org.clausewright.model;

import java.util.Optional;

/** How far a clause answers an element of a framework: in full, or only in part. */
public enum Extent {
    FULL("full"),
    PARTIAL("partial");

    private final String key;

    Extent(String key) {
        this.key = key;
    }

    /** The spelling used in files and on the command line. */
    public String key() {
        return key;
    }

    public static Optional<Extent> fromKey(String key) {
        for (Extent value : values()) {
            if (value.key.equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
