package org.clausewright.ui.review;

import org.clausewright.model.AnnotationThread;

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
}
