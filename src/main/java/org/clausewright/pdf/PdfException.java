package org.clausewright.pdf;

/**
 * A PDF that could not be made, said in one sentence a member can act on: LibreOffice is not installed, it did
 * not finish in time (and was stopped), the member cancelled, or it refused the file.
 */
public final class PdfException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why no PDF was written. */
    public enum Reason { OFFICE_MISSING, TIMED_OUT, CANCELLED, FAILED }

    private final Reason reason;

    public PdfException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public PdfException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
