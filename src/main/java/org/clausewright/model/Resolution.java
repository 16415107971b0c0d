package org.clausewright.model;

import java.time.Instant;
import java.util.Objects;

/** Who closed a thread, and when. */
public record Resolution(String by, Instant at, Extras extras) {
    public Resolution {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Resolution(String by, Instant at) {
        this(by, at, Extras.NONE);
    }
}
