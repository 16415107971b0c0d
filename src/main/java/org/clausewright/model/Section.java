package org.clausewright.model;

import java.util.List;
import java.util.Objects;

/** A titled group of clauses inside a part. */
public record Section(String id, String title, List<String> clauseIds, Extras extras) implements OutlineItem {
    public Section {
        Ids.require(id, "section");
        Objects.requireNonNull(title, "title");
        clauseIds = List.copyOf(clauseIds);
        clauseIds.forEach(c -> Ids.require(c, "clause"));
        extras = extras == null ? Extras.NONE : extras;
    }

    public Section(String id, String title, List<String> clauseIds) {
        this(id, title, clauseIds, Extras.NONE);
    }

    public Section withTitle(String value) {
        return new Section(id, value, clauseIds, extras);
    }

    public Section withClauseIds(List<String> value) {
        return new Section(id, title, value, extras);
    }
}
