package org.clausewright.model;

import java.time.Instant;
import java.util.Objects;

public record Reply(String id, String author, Instant time, String text) {
    public Reply {
        Ids.require(id, "reply");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        text = text == null ? "" : text;
    }
}
