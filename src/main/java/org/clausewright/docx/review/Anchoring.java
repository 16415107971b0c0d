package org.clausewright.docx.review;

import org.clausewright.model.AnchorMethod;
import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.Relocation;
import org.clausewright.model.TextAnchor;

/** Turns a range of the document's clause text into an anchor in the clause's own text. */
final class Anchoring {
    private Anchoring() {
    }

    /** The anchor for {@code doc[start, end)} found again in {@code clauseText} (detached when it is not there). */
    static Relocation relocate(String doc, int start, int end, String clauseText) {
        if (start >= end || doc.isEmpty()) {
            return new Relocation(TextAnchor.wholeClause(), AnchorMethod.EXACT);
        }
        TextAnchor anchor = TextAnchor.of(doc, start, end);
        return AnchorRelocator.relocate(anchor, doc, clauseText);
    }

    /** Widens an empty range (a comment on a point) to the word it touches. */
    static int[] word(String text, int at) {
        int start = Math.min(at, text.length());
        int end = start;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return new int[]{start, end};
    }

    /** The start of the word before {@code at} (with the spaces between): the anchor for an insertion there. */
    static int wordBefore(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
            i--;
        }
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the word after {@code at} (with the spaces before it). */
    static int wordAfter(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
