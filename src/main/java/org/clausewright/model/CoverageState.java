package org.clausewright.model;

/** How far the draft answers one element of a framework. */
public enum CoverageState {
    /** At least one clause in the outline addresses it fully. */
    COVERED("covered"),
    /** Clauses in the outline address it, but only in part. */
    PARTLY("partly"),
    /** No clause in the outline addresses it. */
    GAP("gap");

    private final String key;

    CoverageState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
