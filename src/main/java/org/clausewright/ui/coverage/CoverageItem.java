package org.clausewright.ui.coverage;

/**
 * A line of the coverage tree: an element ({@code clause} null), one clause under it, or, under a gap, the line
 * saying that no clause addresses it ({@code clause} null and {@code noClause}).
 */
public record CoverageItem(CoverageRow element, CoverageRow.ClauseLink clause, boolean noClause) {
    static CoverageItem of(CoverageRow element) {
        return new CoverageItem(element, null, false);
    }

    public boolean isElement() {
        return clause == null && !noClause;
    }
}
