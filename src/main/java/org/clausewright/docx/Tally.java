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
    /**
     * Far above the footnotes' ids (1, 2, 3…): LibreOffice 7.4 printed the wrong note under a footnote reference
     * whose id a comment also had (the sample's PDF gave its third bracket the fourth one's delegations).
     */
    static final int FIRST_ANNOTATION_ID = 1 << 20;
    private int nextId = FIRST_ANNOTATION_ID;

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
