package org.clausewright.docx;

import org.clausewright.model.AnnotationThread;

/** Which annotation threads go into the Word file as comments. */
public enum CommentScope {
    NONE, OPEN, ALL;

    public boolean includes(AnnotationThread thread) {
        return this == ALL || this == OPEN && thread.isOpen();
    }
}
