package org.clausewright.ui.editor;

import javafx.geometry.Bounds;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A line of a wrapped paragraph as drawn: its first character and the end of its words (a space where it wraps is
 * left out, so that a caret put at the end stays on this line rather than at the start of the next). Lines follow
 * the text's order down the paragraph, in either direction, so the line at a height is found by halving.
 */
record Line(int start, int end) {
    /**
     * The line of the paragraph {@code text} (at {@code offset} in {@code area}) drawn at screen height {@code y};
     * null above or below its lines, or while it is not drawn.
     */
    static Line at(StyleClassedTextArea area, int offset, String text, double y) {
        int first = firstWhere(area, offset, text.length(), b -> b.getMaxY() > y);
        Bounds top = first < text.length() ? bounds(area, offset, first) : null;
        if (top == null || y < top.getMinY()) {
            return null;
        }
        double middle = top.getCenterY();
        int past = firstWhere(area, offset, text.length(), b -> b.getMinY() > middle);
        int end = past < text.length() && past > first && Character.isWhitespace(text.charAt(past - 1)) ? past - 1 : past;
        return new Line(first, end);
    }

    /** The first column whose character's bounds satisfy {@code test} (text.length() when none does). */
    private static int firstWhere(StyleClassedTextArea area, int offset, int length,
                                  java.util.function.Predicate<Bounds> test) {
        int low = 0;
        int high = length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            Bounds b = bounds(area, offset, middle);
            if (b != null && test.test(b)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static Bounds bounds(StyleClassedTextArea area, int offset, int column) {
        return area.getCharacterBoundsOnScreen(offset + column, offset + column + 1).orElse(null);
    }
}
