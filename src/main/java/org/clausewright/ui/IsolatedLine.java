package org.clausewright.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the window's language with names set in it by {@link Isolated#of}, drawn as pieces: the sentence's
 * words in the window's direction and each name as a label of its own in its own direction, so that in the Arabic
 * window "(في Second meeting of the drafting committee؛ سجّله Lucía Fernández Ortega)" reads whole. JavaFX 21 draws
 * the isolate characters themselves as boxes, so they never reach a label: the line is cut at them. A line without
 * names is one wrapped label.
 */
public final class IsolatedLine {
    private IsolatedLine() {
    }

    /** The line's node; {@code width} is how wide it may be (it wraps there), {@code style} a style class. */
    public static Node of(String marked, String style, ObservableDoubleValue width) {
        List<String> pieces = pieces(marked);
        if (pieces.size() == 1) {
            return label(pieces.get(0), style, width, false);
        }
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add(style + "-line");
        flow.prefWrapLengthProperty().bind(width);
        flow.maxWidthProperty().bind(width);
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.get(i).isEmpty()) {
                flow.getChildren().add(label(pieces.get(i), style, width, i % 2 == 1));
            }
        }
        return flow;
    }

    /** The pieces between the marks: sentence, name, sentence, name, … (every odd one a name). */
    static List<String> pieces(String marked) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = marked.indexOf('\u2068', from);
            int close = open < 0 ? -1 : marked.indexOf('\u2069', open + 1);
            if (close < 0) {
                pieces.add(Isolated.plain(marked.substring(from)));
                return pieces;
            }
            pieces.add(marked.substring(from, open));
            pieces.add(marked.substring(open + 1, close));
            from = close + 1;
        }
    }

    private static Label label(String text, String style, ObservableDoubleValue width, boolean name) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.maxWidthProperty().bind(width);
        return name ? OwnDirection.apply(label) : label;
    }
}
