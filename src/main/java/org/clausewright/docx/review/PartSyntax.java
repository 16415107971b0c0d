package org.clausewright.docx.review;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Says where and why a part of a reviewed file is not well-formed XML, in the parser's own words: "its part
 * word/document.xml is damaged at line 2, column 1,233: the element type "w:p" must be terminated…".
 */
final class PartSyntax {
    static final String RESAVE = "ask the reviewer to save it again from Word (or send it again)";
    private static final String MESSAGE = "Message: ";

    private PartSyntax() {
    }

    /** The sentence for {@code file}, whose {@code part} the parser refused with {@code e}. */
    static ReviewFileException refusal(String file, String part, XMLStreamException e) {
        ReviewFileException refused = Refusals.refused(file, e);
        if (refused != null) {
            return refused;
        }
        Throwable under = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        boolean encoding = under instanceof java.nio.charset.CharacterCodingException
                || under instanceof java.io.CharConversionException;
        if (under instanceof java.io.IOException && !encoding) {
            // the zip stream under the parser broke: the archive is damaged, not the XML
            return Refusals.unreadable(file, e);
        }
        return new ReviewFileException(file + " is damaged: its part " + part + " is not well-formed XML"
                + where(e.getLocation()) + ": " + (encoding ? "it holds bytes that are not UTF-8 text" : description(e))
                + "; " + RESAVE, e);
    }

    private static String where(Location at) {
        if (at == null || at.getLineNumber() <= 0) {
            return "";
        }
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return " at line " + n.format(at.getLineNumber())
                + (at.getColumnNumber() > 0 ? ", column " + n.format(at.getColumnNumber()) : "");
    }

    /** "The element…" as "the element…" inside a sentence; "XML document…" stays as it is. */
    static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(1)) ? text
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The parser's description without its "ParseError at [row,col]:[2,1233]" heading. */
    static String description(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf(MESSAGE);
        String text = at >= 0 ? message.substring(at + MESSAGE.length()) : message;
        if (text.startsWith("ParseError at")) {
            text = text.lines().skip(1).findFirst().orElse("");
        }
        text = text.replaceAll("\\s+", " ").strip();
        if (text.startsWith("elementGetText() function expects text only")) {
            // the parser's wording names its own method: say what it found instead
            text = "an element that may hold only text holds other elements";
        }
        if (text.isEmpty()) {
            return "the parser gave no reason";
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        text = lowerFirst(text);
        return text.length() > 300 ? text.substring(0, 300) + "\u2026" : text;
    }
}
