package org.clausewright.model;

import java.util.Objects;

/**
 * A thread that came in with a review but could not be placed on a clause. It is kept with the paragraph it
 * was found in, so that a member can read it in context and attach it to the right clause.
 *
 * @param source  the file it came from ("review-li-wei.docx")
 * @param context the text of the paragraph(s) it was written on in that file
 * @param thread  the thread, anchored in {@code context} (offsets count in the context text)
 */
public record UnplacedThread(String source, String context, AnnotationThread thread, Extras extras) {
    public UnplacedThread {
        source = source == null ? "" : source;
        context = context == null ? "" : context;
        Objects.requireNonNull(thread, "thread");
        extras = extras == null ? Extras.NONE : extras;
    }

    public UnplacedThread(String source, String context, AnnotationThread thread) {
        this(source, context, thread, Extras.NONE);
    }
}
