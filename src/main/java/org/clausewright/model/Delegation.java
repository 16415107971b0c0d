package org.clausewright.model;

import java.util.Objects;

/**
 * A party to the negotiation.
 *
 * @param shortName what a compilation prints beside an option ("NOR")
 * @param group     a regional or negotiating group ("WEOG", "G-77"), or ""
 */
public record Delegation(String id, String name, String shortName, String group, Extras extras)
        implements InfoRecord {
    public Delegation {
        Ids.require(id, "delegation");
        Objects.requireNonNull(name, "name");
        shortName = shortName == null || shortName.isBlank() ? name : shortName;
        group = group == null ? "" : group;
        extras = extras == null ? Extras.NONE : extras;
    }

    public Delegation(String id, String name, String shortName, String group) {
        this(id, name, shortName, group, Extras.NONE);
    }

    @Override
    public String key() {
        return id;
    }

    @Override
    public String kind() {
        return "delegation";
    }

    @Override
    public java.util.Map<String, String> fields() {
        return InfoRecord.fieldsOf("name", name, "shortName", shortName, "group", group);
    }
}
