package org.clausewright.model;

import java.util.List;

/**
 * One element of a framework and the clauses of the draft that address it.
 *
 * @param clauses the addressing clauses, in outline order, each with the extent it claims
 */
public record ElementCoverage(FrameworkElement element, CoverageState state, List<Addressing> clauses) {
    public ElementCoverage {
        clauses = List.copyOf(clauses);
    }

    public List<String> clauseIds() {
        return clauses.stream().map(Addressing::clauseId).toList();
    }

    public boolean isGap() {
        return state == CoverageState.GAP;
    }

    /** A clause of the outline that addresses the element. */
    public record Addressing(String clauseId, Extent extent) {
    }
}
