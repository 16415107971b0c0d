package org.clausewright.ui;

import javafx.beans.Observable;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewright.ui.editor.BidiWords;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * The skin of every label (bidi-labels.css): a label whose text wraps and holds right-to-left letters is drawn as a
 * flow of one text node per word, cut where {@link BidiWords} cuts the clause editor's paragraphs. JavaFX 21 lays
 * out a wrapped right-to-left line held in one text node wrongly, in a label as in the editor: the first line runs
 * past the label's width and is cut off, and words are lost or drawn twice (seen under Xvfb in the Arabic New from
 * template dialog, in its header and each field's description). Other labels are drawn as JavaFX draws them. See
 * docs/decisions/right-to-left-text.md.
 */
public final class BidiLabelSkin extends LabelSkin {
    /** Style class of the flow that draws the words, for tests and style sheets. */
    public static final String WORDS = "bidi-label-words";
    private final Label label;
    private final TextFlow words = new TextFlow();
    private boolean drawn;

    public BidiLabelSkin(Label label) {
        super(label);
        this.label = label;
        words.getStyleClass().add(WORDS);
        words.setManaged(false);
        registerChangeListener(label.textProperty(), this::refresh);
        registerChangeListener(label.wrapTextProperty(), this::refresh);
        registerChangeListener(label.graphicProperty(), this::refresh);
        registerChangeListener(label.contentDisplayProperty(), this::refresh);
        refresh(null);
    }

    /** Whether the words are drawn by this skin's flow rather than by the label's own text node. */
    private boolean bidiWrapped() {
        String text = label.getText();
        return label.isWrapText() && text != null && !text.isEmpty()
                && (label.getGraphic() == null || label.getContentDisplay() == ContentDisplay.TEXT_ONLY)
                && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    private void refresh(Observable ignored) {
        words.getChildren().clear();
        drawn = bidiWrapped();
        if (drawn) {
            words.getChildren().setAll(cut(label.getText()));
        }
        label.requestLayout();
    }

    private List<Text> cut(String text) {
        List<Text> texts = new ArrayList<>();
        for (String piece : BidiWords.pieces(text)) {
            Text word = new Text(piece);
            word.fontProperty().bind(label.fontProperty());
            word.fillProperty().bind(label.textFillProperty());
            word.underlineProperty().bind(label.underlineProperty());
            texts.add(word);
        }
        return texts;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (!drawn) {
            return super.computePrefHeight(width, top, right, bottom, left);
        }
        double inner = width < 0 ? -1 : Math.max(0, width - left - right);
        words.setTextAlignment(label.getTextAlignment());
        words.setLineSpacing(label.getLineSpacing());
        return top + words.prefHeight(inner) + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (drawn && !getChildren().contains(words)) {
            getChildren().add(words);
        } else if (!drawn) {
            getChildren().remove(words);
        }
        for (Node child : getChildren()) {
            if (child instanceof Text text) {
                // the label's own text node draws what this skin does not
                text.setVisible(!drawn);
            }
        }
        if (drawn) {
            words.setTextAlignment(label.getTextAlignment());
            words.setLineSpacing(label.getLineSpacing());
            double height = Math.min(h, words.prefHeight(w));
            words.resize(w, height);
            VPos vpos = label.getAlignment() == null ? VPos.CENTER : label.getAlignment().getVpos();
            positionInArea(words, x, y, w, h, 0, HPos.LEFT, vpos);
        }
    }
}
