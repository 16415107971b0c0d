package org.clausewright.ui.coverage;

import org.clausewright.model.CoverageState;
import org.clausewright.model.Extent;

import java.util.List;

/**
 * One element of a framework as the coverage window lists it: its number, title and summary, how far the draft
 * answers it, and the clauses that do (by their number in the outline and heading).
 */
public record CoverageRow(String elementId, String number, String title, String summary, CoverageState state,
                          List<ClauseLink> clauses) {
    public CoverageRow {
        clauses = List.copyOf(clauses);
    }

    /** A clause of the draft that addresses the element, and how far. */
    public record ClauseLink(String clauseId, String number, String heading, Extent extent) {
    }
}
