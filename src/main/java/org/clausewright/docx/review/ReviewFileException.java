package org.clausewright.docx.review;

/** A reviewed file that cannot be imported; the message is one sentence naming the file and what is wrong. */
public final class ReviewFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReviewFileException(String message) {
        super(message);
    }

    public ReviewFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
