package org.clausewright.model;

/** A clause placed directly in a part. */
public record ClauseRef(String clauseId) implements OutlineItem {
    public ClauseRef {
        Ids.require(clauseId, "clause");
    }
}
