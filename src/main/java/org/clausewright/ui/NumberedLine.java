package org.clausewright.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A number and its title ("3.2.1", "Duty to report concerns") as two labels side by side, the number first in the
 * window's direction: on the left in a left-to-right window, on the right in the Arabic one, in every row alike.
 * Held in one text the two were ordered by the title's letters: JavaFX lays out a line without right-to-left letters
 * left to right even in a mirrored window ("1.1 Respect for life", the number on the left), and one holding Arabic
 * by Unicode's rules ("جزئيًا · Awareness of dual-use potential 1.2.2", the number on the right), so the numbers of a
 * list zigzagged from side to side. See docs/decisions/right-to-left-text.md.
 */
public final class NumberedLine extends HBox {
    /** Style class of the number's label. */
    public static final String NUMBER = "line-number";
    private final Label number = new Label();
    private final Label title = new Label();

    /** {@code titleClass}: a style class of the title's label (null: none). */
    public NumberedLine(String titleClass) {
        super(6);
        number.getStyleClass().add(NUMBER);
        // the number is never cut or wrapped: the title gives way
        number.setMinWidth(Region.USE_PREF_SIZE);
        if (titleClass != null) {
            title.getStyleClass().add(titleClass);
        }
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        // a title wrapped over several lines keeps its number beside its first line
        setAlignment(Pos.TOP_LEFT);
        setFillHeight(false);
        getChildren().setAll(number, title);
    }

    /** Shows {@code numberText} (none: only the title) before {@code titleText}. */
    public void show(String numberText, String titleText) {
        boolean numbered = numberText != null && !numberText.isEmpty();
        number.setText(numbered ? numberText : "");
        number.setVisible(numbered);
        number.setManaged(numbered);
        title.setText(titleText == null ? "" : titleText);
    }

    /** The line as one text, for screen readers and tooltips: "3.2.1 Duty to report concerns". */
    public String text() {
        return number.getText().isEmpty() ? title.getText() : number.getText() + " " + title.getText();
    }
}
