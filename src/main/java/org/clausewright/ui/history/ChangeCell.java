package org.clausewright.ui.history;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewright.diff.DiffSegment;

/** A changed clause: its numbers and heading, then its words with deletions struck red and insertions green. */
final class ChangeCell extends ListCell<ChangeRow> {
    @Override
    protected void updateItem(ChangeRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        Label title = new Label(row.title() + (row.kinds().isEmpty() ? "" : "   (" + row.kinds() + ")"));
        title.getStyleClass().add("change-title");
        TextFlow words = new TextFlow();
        for (DiffSegment segment : row.text()) {
            Text t = new Text(segment.text());
            t.getStyleClass().add("diff-" + segment.kind().name().toLowerCase(java.util.Locale.ROOT));
            t.setStrikethrough(segment.kind() == DiffSegment.Kind.DELETED);
            words.getChildren().add(t);
        }
        words.setPrefWidth(Math.max(200, getListView().getWidth() - 40));
        setGraphic(new VBox(4, title, words));
    }
}
