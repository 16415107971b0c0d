package org.clausewright.docx.review;

import java.time.Instant;

/**
 * One tracked change within a paragraph's full text (every character Word holds, inserted and deleted alike).
 *
 * @param date null when Word's "remove personal information" scrubbed it
 */
record Change(int start, int end, Kind kind, String author, Instant date, boolean move) {
    enum Kind { INSERTED, DELETED }

    boolean isInsertion() {
        return kind == Kind.INSERTED;
    }
}
