package org.clausewright.model;

/**
 * The one set of size limits every layer agrees on: what the review import, the editor and the writer
 * accept, the reader must read back. A text past a limit is refused before anything is written.
 */
public final class TextLimits {
    /**
     * The longest text one field may hold (a clause's text, a comment, a reply, a suggestion's replacement),
     * in UTF-16 chars. Far above any real clause or comment (the longest in the sample is under 1,000), far
     * below what the JSON reader would refuse.
     */
    public static final int MAX_TEXT_CHARS = 1_000_000;

    private TextLimits() {
    }

    /** Whether {@code text} is within {@link #MAX_TEXT_CHARS}. */
    public static boolean fits(CharSequence text) {
        return text == null || text.length() <= MAX_TEXT_CHARS;
    }
}
