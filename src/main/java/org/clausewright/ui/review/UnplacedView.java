package org.clausewright.ui.review;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewright.ui.CardCell;
import org.clausewright.ui.Messages;

/**
 * Above the Review panel, shown only while there are any (folded to its title, which counts them): the comments a review could not place, each with
 * the paragraph it was written on, and a button to attach the picked one to the clause selected in the outline.
 */
public final class UnplacedView {
    private final TitledPane root;

    public UnplacedView(UnplacedViewModel model, Messages messages) {
        ListView<UnplacedRow> list = new ListView<>();
        list.setId("unplaced-list");
        list.setCellFactory(v -> new UnplacedCell());
        list.setPrefHeight(150);
        // the Review panel below grows; without a floor the list would be squeezed to a line
        list.setMinHeight(110);
        list.getItems().setAll(model.rowsProperty().get());
        model.rowsProperty().addListener((obs, old, rows) -> list.getItems().setAll(rows));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.getItems().addListener((javafx.collections.ListChangeListener<UnplacedRow>) c -> {
            if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        Label explain = new Label(messages.get("unplaced.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("unplaced-explain");
        Button attach = new Button(messages.get("unplaced.attach"));
        attach.setId("unplaced-attach");
        attach.disableProperty().bind(model.canAttachProperty().not()
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        attach.setOnAction(e -> {
            UnplacedRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.attach(row.threadId());
            }
        });
        root = new TitledPane();
        root.setId("unplaced");
        root.textProperty().bind(Bindings.createStringBinding(() -> messages.format("unplaced.title",
                model.countProperty().get()), model.countProperty()));
        root.setContent(new VBox(6, explain, list, attach));
        root.getStyleClass().add("unplaced");
        root.setMinHeight(Region.USE_PREF_SIZE);
        // folded by default: its title (with the count) is enough to be seen, and the Review panel keeps its room
        root.setExpanded(false);
        root.visibleProperty().bind(model.countProperty().greaterThan(0));
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node node() {
        return root;
    }

    /** A card as in the Review panel. */
    private static final class UnplacedCell extends CardCell<UnplacedRow> {
        @Override
        protected VBox card(UnplacedRow row) {
            return new VBox(2, label(row.header(), "thread-header"), label(row.context(), "thread-quote"),
                    label(row.body(), null));
        }
    }
}
