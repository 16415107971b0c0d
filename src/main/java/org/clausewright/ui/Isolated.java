package org.clausewright.ui;

/**
 * A name or a member's words set inside a sentence of the window's language as one piece, in its own direction:
 * between Unicode's first-strong isolate and its pop (U+2068, U+2069), as HTML's &lt;bdi&gt;. In the Arabic window
 * "(في Second meeting of the drafting committee؛ سجّله Lucía Fernández Ortega)" had its brackets and the Latin names
 * drawn out of order by Unicode's default rules; isolated, each name reads whole where the sentence puts it. For a
 * line that is wholly the member's own words, {@link OwnDirection} lays out the whole label instead.
 */
public final class Isolated {
    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private Isolated() {
    }

    public static String of(String words) {
        return words == null || words.isEmpty() ? "" : FIRST_STRONG_ISOLATE + words + POP_DIRECTIONAL_ISOLATE;
    }

    /** The text without isolates, as a member copies it or a test reads it. */
    public static String plain(String text) {
        return text == null ? null : text.replace(String.valueOf(FIRST_STRONG_ISOLATE), "")
                .replace(String.valueOf(POP_DIRECTIONAL_ISOLATE), "");
    }
}
