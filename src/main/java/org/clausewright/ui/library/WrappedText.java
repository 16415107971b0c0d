package org.clausewright.ui.library;

import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewright.ui.editor.BidiWords;

import java.util.ArrayList;
import java.util.List;

/**
 * A value of a Library cell, wrapped to its column's width and as tall as its wrapped lines. A text that holds
 * right-to-left letters is drawn a word per text node: JavaFX 21 lays out a wrapped right-to-left run held in one
 * text node wrongly, each line drawing the run from its start to the run's end ("متفق عليه في الفريق العامل" on two
 * lines in the status column drew the whole status on its first line, cut by the cell, and "العامل" again beneath;
 * docs/decisions/right-to-left-text.md). Other texts are one node, as before.
 *
 * <p>A row is as tall as its cells' heights asked without a width: that height is the one at the column's width.
 */
final class WrappedText extends TextFlow {
    private final DoubleBinding width;
    private final ObservableValue<Font> font;
    private final ObservableValue<Paint> fill;
    private String shown;

    /** Wrapped to {@code width}, in {@code font} and {@code fill} (the cell's, as styled). */
    WrappedText(DoubleBinding width, ObservableValue<Font> font, ObservableValue<Paint> fill) {
        this.width = width;
        this.font = font;
        this.fill = fill;
        setPrefWidth(width.get());
        setMaxWidth(width.get());
        width.addListener((obs, old, now) -> {
            setPrefWidth(now.doubleValue());
            setMaxWidth(now.doubleValue());
            // the flow's own heights, kept since they were asked, are those of the old width: a new width asks
            // the parent only (Region's width properties), and the row stayed as tall as it was at the first
            requestLayout();
        });
        // the flow keeps the binding alive
        getProperties().put(WrappedText.class, width);
    }

    /** Shows {@code text}; the same text again changes nothing. */
    void setText(String text) {
        if (text.equals(shown)) {
            return;
        }
        shown = text;
        List<Text> pieces = new ArrayList<>();
        for (String piece : BidiWords.pieces(text)) {
            Text node = new Text(piece);
            node.fontProperty().bind(font);
            node.fillProperty().bind(fill);
            pieces.add(node);
        }
        getChildren().setAll(pieces);
    }

    /** The text shown. */
    String text() {
        return shown == null ? "" : shown;
    }

    /**
     * None, as for a text node: its width is the column's, whatever width a parent would offer (a VBox asked for
     * its height without a width offered its children a negative one, and the heading cell's row grew 942 px tall).
     */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return null;
    }

    @Override
    protected double computePrefHeight(double forWidth) {
        return super.computePrefHeight(forWidth < 0 ? width.get() : Math.min(forWidth, width.get()));
    }

    @Override
    protected double computeMinHeight(double forWidth) {
        return computePrefHeight(forWidth);
    }
}
