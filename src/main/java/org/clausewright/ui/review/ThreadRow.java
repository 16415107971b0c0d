package org.clausewright.ui.review;

import org.clausewright.model.AnnotationThread;

import java.util.List;

/**
 * A thread as the review list shows it.
 *
 * @param header "Objection · Li Wei · 5 Jan 2026"
 * @param quote  the words it is about, or a note that it is about the whole clause or detached
 * @param body   the note and its replies, one per line
 */
public record ThreadRow(AnnotationThread thread, String header, String quote, String body) {
    public String id() {
        return thread.id();
    }

    public boolean isOpen() {
        return thread.isOpen();
    }

    /** Whether the two rows show the same card (they may differ in the offsets of the passage quoted). */
    public boolean looksLike(ThreadRow other) {
        return id().equals(other.id()) && header.equals(other.header) && quote.equals(other.quote)
                && body.equals(other.body) && isOpen() == other.isOpen() && thread.kind() == other.thread.kind()
                && thread.detached() == other.thread.detached();
    }

    /** Whether the two lists show the same cards in the same order. */
    public static boolean lookAlike(List<ThreadRow> shown, List<ThreadRow> rows) {
        if (shown.size() != rows.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!shown.get(i).looksLike(rows.get(i))) {
                return false;
            }
        }
        return true;
    }
}
