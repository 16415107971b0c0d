package org.clausewright.history;

/** A history operation failed; the message is one sentence a committee member can act on. */
public class HistoryException extends Exception {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
