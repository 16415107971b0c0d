package org.clausewright.docx.review;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns what POI and the XML parser throw on a bad file into one sentence a member can act on. */
final class Refusals {
    private Refusals() {
    }

    static ReviewFileException unreadable(String name, Throwable e) {
        List<Throwable> chain = chain(e);
        for (Throwable t : chain) {
            if (t instanceof CappedInputStream.PartTooLargeException) {
                return new ReviewFileException(name + " was refused: " + t.getMessage(), e);
            }
        }
        String all = chain.stream().map(t -> String.valueOf(t.getMessage())).reduce("", String::concat)
                .toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb")) {
            return new ReviewFileException(name + " was refused: a part of it expands far beyond any real document"
                    + " (a zip bomb)", e);
        }
        if (all.contains("doctype") || all.contains("dtd")) {
            return new ReviewFileException(name + " was refused: it contains a DOCTYPE declaration, which Word"
                    + " documents never have", e);
        }
        String reason = reason(chain);
        if (all.contains("truncated") || all.contains("end of") || all.contains("eof")
                || all.contains("no valid entries") || all.contains("zip") || all.contains("central directory")) {
            return new ReviewFileException(name + " is damaged or incomplete (" + reason + ")", e);
        }
        return new ReviewFileException(name + " is not a readable Word document (" + reason + ")", e);
    }

    /** The exception and its causes; the XML parser keeps its cause as a "nested exception". */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t) && chain.size() < 16; ) {
            chain.add(t);
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next;
        }
        return chain;
    }

    private static String reason(List<Throwable> chain) {
        String message = null;
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return chain.get(0).getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }
}
