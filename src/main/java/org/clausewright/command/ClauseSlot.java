package org.clausewright.command;

import java.util.Objects;

/**
 * A place for a clause in the outline: directly in a part (sectionId null, index among the part's items)
 * or in a section (index among the section's clauses). Indexes count the container without the clause
 * being moved, so "move to index 0" always means "first".
 */
public record ClauseSlot(String partId, String sectionId, int index) {
    public ClauseSlot {
        Objects.requireNonNull(partId, "partId");
        if (index < 0) {
            throw new IllegalArgumentException("slot index " + index + " is negative");
        }
    }

    public boolean inSection() {
        return sectionId != null;
    }

    public ClauseSlot at(int newIndex) {
        return new ClauseSlot(partId, sectionId, newIndex);
    }
}
