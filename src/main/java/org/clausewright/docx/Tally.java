package org.clausewright.docx;

/** Running counts for the export report; one per export, used on one thread. */
final class Tally {
    int clauses;
    int comments;
    int replies;
    int insertions;
    int deletions;
    int sanitised;
    int footnotes;
    private int nextId = 1;

    /** Comments, revisions and bookmarks share one id sequence so that no two annotations ever collide. */
    int nextId() {
        return nextId++;
    }

    void count(org.clausewright.diff.DiffSegment.Kind kind) {
        switch (kind) {
            case INSERTED -> insertions++;
            case DELETED -> deletions++;
            default -> { }
        }
    }

    ExportReport report() {
        return new ExportReport(clauses, comments, replies, insertions, deletions, sanitised);
    }
}
