package org.clausewright.docx.review;

import org.clausewright.model.TextLimits;

import javax.xml.stream.XMLStreamException;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A paragraph or comment longer than any text a project may hold, stopped while it is read: keeping reading
 * would only fill memory with text the import must refuse anyway.
 */
final class TextTooLongException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    TextTooLongException(String what) {
        super(what + " is longer than " + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                .format(TextLimits.MAX_TEXT_CHARS) + " characters, more than a text in a project may have; ask the"
                + " reviewer to shorten it or split it, then import the file again");
    }
}
