package org.clausewright.model;

import java.util.Objects;

/**
 * Where an annotation points in a clause's text, kept redundantly as in the W3C Web Annotation model
 * (a text-quote selector plus a text-position selector) so that it can be found again after edits.
 *
 * @param start offset of the first quoted character in the clause text (UTF-16 units)
 * @param end   offset just past the last quoted character
 */
public record TextAnchor(String quote, String prefix, String suffix, int start, int end, Extras extras) {
    /** How many characters of context are kept on each side of the quote. */
    public static final int CONTEXT = 32;

    public TextAnchor {
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("anchor range " + start + ".." + end + " is not a range");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public TextAnchor(String quote, String prefix, String suffix, int start, int end) {
        this(quote, prefix, suffix, start, end, Extras.NONE);
    }

    /** The anchor for {@code text[start, end)}, with its context. */
    public static TextAnchor of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " is outside a text of "
                    + text.length() + " characters");
        }
        return new TextAnchor(text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)),
                start, end);
    }

    /** An anchor on the whole clause rather than on some of its words (quote is empty). */
    public static TextAnchor wholeClause() {
        return new TextAnchor("", "", "", 0, 0);
    }

    public boolean isWholeClause() {
        return quote.isEmpty();
    }

    /** True when the text still holds the quote exactly at the recorded offsets. */
    public boolean matchesAt(String text) {
        return end <= text.length() && text.startsWith(quote, start) && end - start == quote.length();
    }

    public TextAnchor withExtras(Extras value) {
        return new TextAnchor(quote, prefix, suffix, start, end, value);
    }
}
