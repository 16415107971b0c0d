package org.clausewright.model;

import java.time.Instant;
import java.util.Objects;

public record Reply(String id, String author, Instant time, String text, Extras extras) {
    public Reply {
        Ids.require(id, "reply");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        text = text == null ? "" : text;
        extras = extras == null ? Extras.NONE : extras;
    }

    public Reply(String id, String author, Instant time, String text) {
        this(id, author, time, text, Extras.NONE);
    }
}
