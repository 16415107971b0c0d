package org.clausewright.model;

import java.time.Instant;
import java.util.Objects;

/** Who closed a thread, and when. */
public record Resolution(String by, Instant at) {
    public Resolution {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
