package org.clausewright.model;

/** A clause placed directly in a part. */
public record ClauseRef(String clauseId, Extras extras) implements OutlineItem {
    public ClauseRef {
        Ids.require(clauseId, "clause");
        extras = extras == null ? Extras.NONE : extras;
    }

    public ClauseRef(String clauseId) {
        this(clauseId, Extras.NONE);
    }
}
