package org.clausewright.diff;

import java.util.Objects;

/** A stretch of text that is the same on both sides, only in the old text, or only in the new. */
public record DiffSegment(Kind kind, String text) {
    public enum Kind {
        EQUAL, DELETED, INSERTED
    }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public boolean isChange() {
        return kind != Kind.EQUAL;
    }
}
