package org.clausewright.ui.history;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewright.diff.DiffSegment;
import org.clausewright.ui.IsolatedLine;
import org.clausewright.ui.OwnDirection;

/**
 * A changed clause as a card: its number and heading, what happened to it in words, then its words with
 * deletions struck red and insertions green. Everything wraps at the list's width (the cell asks for no
 * width of its own), so no line is cut off however narrow the window.
 */
final class ChangeCell extends ListCell<ChangeRow> {
    ChangeCell() {
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ChangeRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        VBox card = new VBox(4, wrapped(row.title(), "change-title"));
        if (!row.what().isEmpty()) {
            card.getChildren().add(wrapped(row.what(), "change-what"));
        }
        for (String detail : row.details()) {
            // names and members' words in the line each read whole in their own direction
            card.getChildren().add(IsolatedLine.of("\u2022 " + detail, "change-detail",
                    getListView().widthProperty().subtract(52)));
        }
        if (!row.text().isEmpty()) {
            TextFlow words = new TextFlow();
            for (DiffSegment segment : row.text()) {
                Text t = new Text(segment.text());
                t.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(java.util.Locale.ROOT));
                t.setStrikethrough(segment.kind() == DiffSegment.Kind.DELETED);
                words.getChildren().add(t);
            }
            // the clause's words in their own direction: an English clause reads left to right in the Arabic window
            words.setNodeOrientation(OwnDirection.of(row.text().stream().map(DiffSegment::text)
                    .collect(java.util.stream.Collectors.joining())));
            words.maxWidthProperty().bind(getListView().widthProperty().subtract(52));
            words.prefWidthProperty().bind(words.maxWidthProperty());
            card.getChildren().add(words);
        }
        card.getStyleClass().add("card");
        setGraphic(card);
    }

    private Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.maxWidthProperty().bind(getListView().widthProperty().subtract(52));
        return label;
    }
}
