package org.clausewright.model;

import java.util.List;
import java.util.Objects;

/** A titled group of clauses inside a part. */
public record Section(String id, String title, List<String> clauseIds) implements OutlineItem {
    public Section {
        Ids.require(id, "section");
        Objects.requireNonNull(title, "title");
        clauseIds = List.copyOf(clauseIds);
        clauseIds.forEach(c -> Ids.require(c, "clause"));
    }
}
