package org.clausewright.docx.review;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what POI, the zip reader and the XML parser throw on a bad file into one sentence a member can act on:
 * the file, what is wrong with it in the library's own words (without its references to the OPC
 * specification), and what to do.
 */
final class Refusals {
    private Refusals() {
    }

    static ReviewFileException unreadable(String name, Throwable e) {
        ReviewFileException refused = refused(name, e);
        if (refused != null) {
            return refused;
        }
        List<Throwable> chain = chain(e);
        String all = chain.stream().map(t -> String.valueOf(t.getMessage())).reduce("", String::concat)
                .toLowerCase(Locale.ROOT);
        String reason = reason(chain);
        boolean zipDamage = chain.stream().anyMatch(t -> t instanceof java.util.zip.ZipException
                || t instanceof java.util.zip.DataFormatException || t instanceof java.io.EOFException
                || t.getClass().getName().startsWith("org.apache.commons.compress."));
        if (zipDamage || all.contains("truncated") || all.contains("end of") || all.contains("eof")
                || all.contains("no valid entries") || all.contains("zip") || all.contains("central directory")
                || all.contains("archive") || all.contains("signature")) {
            return new ReviewFileException(name + " is damaged or incomplete: the zip archive a .docx is cannot be"
                    + " read (" + reason + "); ask the reviewer to send it again", e);
        }
        return new ReviewFileException(name + " is not a readable Word document: " + reason + "; "
                + PartSyntax.RESAVE, e);
    }

    /**
     * The refusal for a file that is not damaged but refused by a limit or a safeguard (a part too large, a text
     * too long, a DOCTYPE), wherever in the reading it was met; null for anything else.
     */
    static ReviewFileException refused(String name, Throwable e) {
        List<Throwable> chain = chain(e);
        for (Throwable t : chain) {
            if (t instanceof CappedInputStream.PartTooLargeException || t instanceof TextTooLongException) {
                return new ReviewFileException(name + " was refused: " + t.getMessage(), e);
            }
        }
        String all = chain.stream().map(t -> String.valueOf(t.getMessage())).reduce("", String::concat)
                .toLowerCase(Locale.ROOT);
        if (all.contains("doctype") || all.contains("dtd")) {
            return new ReviewFileException(name + " was refused: it contains a DOCTYPE declaration, which Word"
                    + " documents never have (a crafted file?); ask the reviewer to save it again from Word", e);
        }
        return null;
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

    /** The innermost message, in plain words: first line, no specification references, no class names. */
    private static String reason(List<Throwable> chain) {
        Throwable cause = null;
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                cause = t;
            }
        }
        if (cause == null) {
            return "the reading failed without a reason (" + chain.get(0).getClass().getSimpleName() + ")";
        }
        String message = cause instanceof XMLStreamException x ? PartSyntax.description(x)
                : cause.getMessage().strip().lines().findFirst().orElse("");
        // POI adds the specification's rule it applied: " ! Rule: Package require content types when …"
        message = message.replaceAll("\\s*!\\s*Rule:.*$", "");
        message = message.replaceAll("\\s*\\[M\\d+(\\.\\d+)*\\]", "").replaceAll("\\s+", " ").strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        if (message.isEmpty()) {
            return "the reading failed without a reason";
        }
        message = PartSyntax.lowerFirst(message);
        return message.length() > 200 ? message.substring(0, 200) + "\u2026" : message;
    }
}
