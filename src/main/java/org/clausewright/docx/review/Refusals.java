package org.clausewright.docx.review;

import java.util.Locale;

/** Turns what POI and the XML parser throw on a bad file into one sentence a member can act on. */
final class Refusals {
    private Refusals() {
    }

    static ReviewFileException unreadable(String name, Throwable e) {
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return new ReviewFileException(name + " was refused: a part of it expands far beyond any real document"
                    + " (a zip bomb)", e);
        }
        if (lower.contains("doctype") || lower.contains("dtd")) {
            return new ReviewFileException(name + " was refused: it contains a DOCTYPE declaration, which Word"
                    + " documents never have", e);
        }
        if (e instanceof CappedInputStream.PartTooLargeException) {
            return new ReviewFileException(name + " was refused: " + reason, e);
        }
        if (lower.contains("truncated") || lower.contains("end of") || lower.contains("eof")
                || lower.contains("no valid entries") || lower.contains("zip")) {
            return new ReviewFileException(name + " is damaged or incomplete (" + reason + ")", e);
        }
        return new ReviewFileException(name + " is not a readable Word document (" + reason + ")", e);
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                if (t instanceof CappedInputStream.PartTooLargeException) {
                    break;
                }
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
