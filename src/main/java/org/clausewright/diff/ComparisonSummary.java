package org.clausewright.diff;

/**
 * How many clauses changed in each way. The counts are of draft clauses (in either outline); a clause can
 * count under several headings (moved and reworded). Changes to library clauses are counted only in
 * {@code libraryChanged}.
 */
public record ComparisonSummary(int added, int removed, int moved, int renumbered, int headingChanged,
                                int textChanged, int metadataChanged, int libraryChanged) {

    static ComparisonSummary of(Iterable<ClauseChange> changes) {
        int[] n = new int[ClauseChange.Kind.values().length];
        int library = 0;
        for (ClauseChange change : changes) {
            if (change.library()) {
                library++;
                continue;
            }
            change.kinds().forEach(k -> n[k.ordinal()]++);
        }
        return new ComparisonSummary(count(n, ClauseChange.Kind.ADDED), count(n, ClauseChange.Kind.REMOVED),
                count(n, ClauseChange.Kind.MOVED), count(n, ClauseChange.Kind.RENUMBERED),
                count(n, ClauseChange.Kind.HEADING_CHANGED), count(n, ClauseChange.Kind.TEXT_CHANGED),
                count(n, ClauseChange.Kind.METADATA_CHANGED), library);
    }

    private static int count(int[] n, ClauseChange.Kind kind) {
        return n[kind.ordinal()];
    }

    public boolean isEmpty() {
        return added + removed + moved + renumbered + headingChanged + textChanged + metadataChanged
                + libraryChanged == 0;
    }
}
