package org.clausewright.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

import java.util.Optional;

/**
 * Where a piece of text is drawn, in scene coordinates, whichever nodes draw it: a label's own text node, or one of
 * the word nodes a right-to-left label is drawn with. Read on the FX thread with the scene laid out.
 */
final class DrawnText {
    /** The left and right edges of a drawn piece, and the height of its middle. */
    record Span(double left, double right, double middle) {
        boolean isLeftOf(Span other) {
            return right <= other.left + 0.5;
        }
    }

    private DrawnText() {
    }

    /** Where {@code piece}, as a whole word or words, is first drawn under {@code root}; empty when it is not. */
    static Optional<Span> of(Node root, String piece) {
        if (!root.isVisible()) {
            return Optional.empty();
        }
        if (root instanceof Text text && text.getText() != null) {
            int at = wholeWords(text.getText(), piece);
            if (at >= 0) {
                return Optional.of(span(text, at, at + piece.length()));
            }
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Span> found = of(child, piece);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static int wholeWords(String text, String piece) {
        for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            int end = at + piece.length();
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '.';
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    && !(text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
            if (starts && ends) {
                return at;
            }
        }
        return -1;
    }

    private static Span span(Text text, int start, int end) {
        // in a mirrored window a text's range comes in its unmirrored layout (the text node itself is not
        // mirrored, its parent is): turned back here, so that a range is where the eye sees it
        boolean mirrored = text.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT;
        javafx.geometry.Bounds box = text.getLayoutBounds();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (PathElement e : text.rangeShape(start, end)) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            Point2D p = text.localToScene(mirrored ? box.getMinX() + box.getMaxX() - x : x, y);
            left = Math.min(left, p.getX());
            right = Math.max(right, p.getX());
            top = Math.min(top, p.getY());
            bottom = Math.max(bottom, p.getY());
        }
        return new Span(left, right, (top + bottom) / 2);
    }
}
