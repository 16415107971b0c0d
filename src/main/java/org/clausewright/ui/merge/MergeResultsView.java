package org.clausewright.ui.merge;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.merge.MergeConflict;
import org.clausewright.ui.Messages;
import org.clausewright.ui.NumberedLine;

import java.util.List;

/**
 * Merge results: each listed conflict on a row with the value before, this draft's and the incoming one side by
 * side, the one the draft holds pressed; a click makes the draft hold another (undoable, Ctrl+Z in the window).
 * Below, the brackets the merge made, which are decided like any bracket.
 */
public final class MergeResultsView {
    private final MergeResultsViewModel model;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(10);

    public MergeResultsView(MergeResultsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setPadding(new Insets(12));
        Label summary = new Label(model.summary());
        summary.setWrapText(true);
        summary.getStyleClass().add("title-4");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setId("merge-conflicts");
        for (int c = 0; c < 4; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(c == 0 ? Priority.NEVER : Priority.ALWAYS);
            column.setPercentWidth(25);
            grid.getColumnConstraints().add(column);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(summary, scroll);
        List<String> brackets = model.brackets();
        if (!brackets.isEmpty()) {
            Label heading = new Label(messages.get("merge.brackets"));
            heading.getStyleClass().add("text-bold");
            Label list = new Label(String.join("\n", brackets));
            list.setWrapText(true);
            list.setId("merge-brackets");
            root.getChildren().addAll(heading, list);
        }
        model.rowsProperty().addListener((obs, old, rows) -> fill(rows));
        fill(model.rows());
    }

    public Node node() {
        return root;
    }

    /** Opens the view in a window of its own beside {@code owner}; it stays open while the member works. */
    public static Stage show(Window owner, MergeResultsViewModel model, Messages messages) {
        MergeResultsView view = new MergeResultsView(model, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("merge.title"));
        VBox content = new VBox(view.node());
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        Button close = new Button(messages.get("merge.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        content.getChildren().add(close);
        VBox.setMargin(close, new Insets(0, 12, 12, 12));
        if (owner != null && owner.getScene() != null) {
            content.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(new Scene(content, 900, 520));
        stage.show();
        return stage;
    }

    private void fill(List<MergeResultsViewModel.Row> rows) {
        grid.getChildren().clear();
        if (rows.isEmpty()) {
            grid.add(new Label(messages.get("merge.none")), 0, 0, 4, 1);
            return;
        }
        grid.add(header(""), 0, 0);
        grid.add(header(messages.get("merge.base")), 1, 0);
        grid.add(header(messages.get("merge.ours")), 2, 0);
        grid.add(header(messages.get("merge.theirs")), 3, 0);
        for (int r = 0; r < rows.size(); r++) {
            MergeResultsViewModel.Row row = rows.get(r);
            // the clause's number apart from its heading, so that it begins the line in either direction and
            // is not wrapped into the heading's words; the field beneath, in the window's language
            NumberedLine subject = new NumberedLine(null);
            subject.show(row.number(), row.title());
            Label field = new Label(row.field());
            field.setWrapText(true);
            VBox cell = new VBox(2, subject, field);
            cell.setId("merge-" + r + "-subject");
            grid.add(cell, 0, r + 1);
            grid.add(choice(row, MergeConflict.Side.BASE, row.base(), r), 1, r + 1);
            grid.add(choice(row, MergeConflict.Side.OURS, row.ours(), r), 2, r + 1);
            grid.add(choice(row, MergeConflict.Side.THEIRS, row.theirs(), r), 3, r + 1);
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private ToggleButton choice(MergeResultsViewModel.Row row, MergeConflict.Side side, String text, int index) {
        ToggleButton button = new ToggleButton(text);
        button.setId("merge-" + index + "-" + side.name().toLowerCase(java.util.Locale.ROOT));
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        List<MergeResultsViewModel.Item> items = row.order().of(side);
        if (!items.isEmpty()) {
            // an order: an item a line, each clause's number beginning its line as in the outline
            VBox lines = new VBox();
            for (MergeResultsViewModel.Item item : items) {
                NumberedLine line = new NumberedLine(null);
                line.show(item.number(), item.title());
                lines.getChildren().add(line);
            }
            button.setGraphic(lines);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        button.setSelected(row.held() == side);
        button.setDisable(!row.conflict().offers(side));
        // the pressed state follows the draft, not the click: a refused choice stays unpressed
        button.setOnAction(e -> {
            button.setSelected(row.held() == side);
            if (row.held() != side) {
                model.choose(row, side);
            }
        });
        return button;
    }
}
