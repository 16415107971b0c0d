package org.clausewright.model;

import java.util.Objects;

public record Category(String id, String name, Extras extras) {
    public Category {
        Ids.require(id, "category");
        Objects.requireNonNull(name, "name");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Category(String id, String name) {
        this(id, name, Extras.NONE);
    }
}
