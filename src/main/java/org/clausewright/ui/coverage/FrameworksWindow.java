package org.clausewright.ui.coverage;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.ui.Messages;

/**
 * Project ▸ Frameworks…: the project's frameworks above (Remove…), the library's others below (Add to project).
 * A window beside the main one, like Coverage: adding a framework and watching its gaps appear go together.
 */
public final class FrameworksWindow {
    private final Stage stage = new Stage();
    private final Window owner;
    private final FrameworksViewModel model;

    public FrameworksWindow(FrameworksViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        Messages messages = model.windowMessages();
        ListView<FrameworkChoice> ours = list("frameworks-project", model.inProjectProperty());
        ListView<FrameworkChoice> shipped = list("frameworks-library", model.availableProperty());
        shipped.setPlaceholder(wrapped(messages.get("frameworks.libraryEmpty")));
        ours.setPlaceholder(wrapped(messages.get("coverage.none")));
        Button remove = new Button(messages.get("frameworks.remove"));
        remove.setId("frameworks-remove");
        remove.disableProperty().bind(ours.getSelectionModel().selectedItemProperty().isNull()
                .or(new javafx.beans.property.SimpleBooleanProperty(model.readOnly())));
        remove.setOnAction(e -> model.remove(ours.getSelectionModel().getSelectedItem().id()));
        Button add = new Button(messages.get("frameworks.add"));
        add.setId("frameworks-add");
        add.disableProperty().bind(shipped.getSelectionModel().selectedItemProperty().isNull()
                .or(new javafx.beans.property.SimpleBooleanProperty(model.readOnly())));
        add.setOnAction(e -> {
            String id = shipped.getSelectionModel().getSelectedItem().id();
            if (model.add(id)) {
                showAdded(ours, id);
            }
        });
        Button close = new Button(messages.get("button.close"));
        close.setId("frameworks-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, gap, close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(8, heading(messages.get("frameworks.inProject")), ours, right(remove),
                heading(messages.get("frameworks.library")), shipped, right(add), bottom);
        VBox.setVgrow(ours, Priority.ALWAYS);
        VBox.setVgrow(shipped, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("frameworks");
        stage.setScene(new Scene(root, Math.max(560, owner.getWidth() * 0.5), Math.max(460, owner.getHeight() * 0.7)));
        stage.initOwner(owner);
        stage.setTitle(messages.get("frameworks.title"));
    }

    private static ListView<FrameworkChoice> list(String id,
            javafx.beans.property.ReadOnlyObjectProperty<java.util.List<FrameworkChoice>> items) {
        ListView<FrameworkChoice> list = new ListView<>();
        list.setId(id);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FrameworkChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getItems().setAll(items.get());
        items.addListener((obs, old, now) -> list.getItems().setAll(now));
        list.setPrefHeight(140);
        return list;
    }

    /** The framework just added, selected and scrolled to among the project's, so the member sees where it went. */
    private static void showAdded(ListView<FrameworkChoice> ours, String id) {
        ours.getItems().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(added -> {
            ours.getSelectionModel().select(added);
            ours.scrollTo(added);
            ours.requestFocus();
        });
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("compare-title");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static HBox right(Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(button);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    /** Reads the library again and shows the window in the main window's theme. */
    public void show() {
        model.loadLibrary();
        Beside.show(stage, owner);
    }

    public void close() {
        stage.close();
    }
}
