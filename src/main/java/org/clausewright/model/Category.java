package org.clausewright.model;

import java.util.Objects;

public record Category(String id, String name) {
    public Category {
        Ids.require(id, "category");
        Objects.requireNonNull(name, "name");
    }
}
