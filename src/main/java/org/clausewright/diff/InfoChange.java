package org.clausewright.diff;

import java.util.Objects;

/**
 * A change to project.json. For a member, category or source that was added the old value is empty, for
 * one that was removed the new value is; otherwise both describe it ("Li Wei, Rapporteur, CAS").
 */
public record InfoChange(Field field, String oldValue, String newValue) {
    public enum Field {
        TITLE, SUBTITLE, MEMBER, CATEGORY, SOURCE
    }

    public InfoChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
