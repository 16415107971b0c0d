package org.clausewright.ui;

/** A failure in words: the message of each cause that adds something, never a stack trace. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String of(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            // a wrapper without words of its own adds nothing to its cause's sentence
            String m = t.getMessage() == null && t.getCause() != null && t != error ? null
                    : org.clausewright.app.Failures.describe(t);
            if (m != null && !m.isBlank() && text.indexOf(m) < 0) {
                if (text.length() > 0) {
                    text.append("\n");
                }
                text.append(m);
            }
            if (t instanceof org.clausewright.history.remote.RemoteException) {
                // its one line says all a member can act on; below it are the transport's own words
                // (PKIX path building failed …) for the log, not for the member
                break;
            }
        }
        return text.toString();
    }
}
