package org.clausewright.docx;

/**
 * What went into an exported file, for the short report after an export.
 *
 * @param sanitised characters that Word files cannot hold (control characters) and were left out
 */
public record ExportReport(int clauses, int comments, int replies, int insertions, int deletions, int sanitised) {
    public int revisions() {
        return insertions + deletions;
    }
}
