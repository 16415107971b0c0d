package org.clausewright.docx;

import java.time.Instant;
import java.util.Objects;

/** Who made a tracked change and when: the author and time of the version that made it. */
public record ChangeAuthor(String name, Instant time) {
    public ChangeAuthor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
    }
}
