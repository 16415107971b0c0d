package org.clausewright.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The members' own words (a comment, a quoted passage, a reply) laid out in their own direction, the way a browser
 * lays out text marked dir="auto": a line whose first letter of a strong direction is Latin runs left to right even in
 * the Arabic window, an Arabic one right to left in any window, one without such a letter as the window does. Laid
 * out in the window's direction, an English reply in the Arabic window had its closing "?'" drawn at the start of the
 * line and a quote of two bracketed options, "[A][B]", drawn as "[B][A]"; and in one label every line took the
 * direction its first one needed. See docs/decisions/right-to-left-text.md.
 */
public final class OwnDirection {
    private OwnDirection() {
    }

    /** The direction of {@code text}: its first letter of a strong direction's (Unicode's rule for a paragraph). */
    public static NodeOrientation of(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                switch (Character.getDirectionality(c)) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return NodeOrientation.LEFT_TO_RIGHT;
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return NodeOrientation.RIGHT_TO_LEFT;
                    default:
                        i += Character.charCount(c);
                }
            }
        }
        return NodeOrientation.INHERIT;
    }

    /** {@code label} laid out in the direction of its text; returns it. */
    public static Label apply(Label label) {
        label.setNodeOrientation(of(label.getText()));
        return label;
    }

    /** One label per line of {@code text}, made by {@code make}, each laid out in its own direction. */
    public static List<Label> lines(String text, Function<String, Label> make) {
        List<Label> labels = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            labels.add(apply(make.apply(line)));
        }
        return labels;
    }
}
