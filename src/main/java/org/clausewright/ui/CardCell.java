package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list row shown as a card of wrapped labels. Cells with wrapped text must know their width before their
 * height: the cell asks for no width of its own and its labels wrap at the list's width, so the list gives
 * each card the height its text needs. Each card is framed and spaced from the next (style class {@code card}).
 */
public abstract class CardCell<T> extends ListCell<T> {
    protected CardCell() {
        setPrefWidth(0);
    }

    /** The card for {@code row}: labels made with {@link #label}, in a box. */
    protected abstract VBox card(T row);

    @Override
    protected final void updateItem(T row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        VBox card = card(row);
        card.getStyleClass().add("card");
        setGraphic(card);
    }

    /** A line with names set in it by {@link Isolated#of}: each name reads whole, in its own direction. */
    protected javafx.scene.Node line(String marked, String styleClass) {
        return IsolatedLine.of(marked, styleClass, getListView().widthProperty().subtract(52));
    }

    protected Label label(String text, String styleClass) {
        Label label = new Label(text);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        // the list's scroll bar, the cell's padding and the card's border and padding
        label.maxWidthProperty().bind(getListView().widthProperty().subtract(52));
        return label;
    }
}
