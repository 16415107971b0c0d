package org.clausewright.ui.editor;

import java.text.Bidi;

/**
 * Which way a paragraph of clause text runs: as its first letter of a strong direction (Unicode's rule for a
 * paragraph's base direction: an Arabic word first makes it right to left, a Latin one left to right). A
 * paragraph with no such letter (empty, digits, brackets) runs as the window does.
 */
final class TextDirection {
    private TextDirection() {
    }

    static boolean rightToLeft(String paragraph, boolean windowRightToLeft) {
        int fallback = windowRightToLeft ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        return !new Bidi(paragraph, fallback).baseIsLeftToRight();
    }
}
