package org.clausewright.model;

import java.util.Objects;

public record Category(String id, String name, Extras extras)
        implements InfoRecord {
    public Category {
        Ids.require(id, "category");
        Objects.requireNonNull(name, "name");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Category(String id, String name) {
        this(id, name, Extras.NONE);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String kind() {
        return "category";
    }

    @Override
    public java.util.Map<String, String> fields() {
        return InfoRecord.fieldsOf("name", name);
    }
}
