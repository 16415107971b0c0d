package org.clausewright.ui.history;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

/**
 * A comparison of two versions in a window of its own, beside the editor: the History tab is too narrow for
 * the changed words. Made once per main window and brought to the front on each comparison; double-clicking
 * a change shows that clause in the editor.
 */
final class CompareWindow {
    private final Stage stage = new Stage();
    private final Window owner;

    CompareWindow(HistoryViewModel model, ProjectViewModel document, Window owner) {
        this.owner = owner;
        Messages messages = document.messages();
        Label title = new Label();
        title.setId("compare-title");
        title.getStyleClass().add("compare-title");
        title.setWrapText(true);
        title.textProperty().bind(model.comparisonTitleProperty());
        Label summary = new Label();
        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        ListView<ChangeRow> changes = new ListView<>();
        changes.setId("compare-changes");
        changes.setCellFactory(v -> new ChangeCell());
        changes.setPlaceholder(new Label(messages.get("compare.none")));
        changes.getItems().setAll(model.changesProperty().get());
        model.changesProperty().addListener((obs, old, rows) -> changes.getItems().setAll(rows));
        changes.setOnMouseClicked(e -> {
            ChangeRow row = changes.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null
                    && document.project().clause(row.clauseId()).isPresent()) {
                document.selectedClauseIdProperty().set(row.clauseId());
            }
        });
        VBox.setVgrow(changes, Priority.ALWAYS);
        Label hint = new Label(messages.get("compare.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        javafx.scene.control.Button close = new javafx.scene.control.Button(messages.get("compare.close"));
        close.setId("compare-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(8, hint, gap, close);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox root = new VBox(8, title, summary, changes, bottom);
        root.setPadding(new Insets(12));
        root.setId("compare");
        stage.setScene(new Scene(root, Math.max(640, owner.getWidth() * 0.7), Math.max(480, owner.getHeight() * 0.85)));
        stage.initOwner(owner);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("compare.windowTitle", model.comparisonTitleProperty().get()),
                model.comparisonTitleProperty()));
    }

    /** Shows the window (in the main window's theme) and brings it to the front. */
    void show() {
        Scene scene = stage.getScene();
        // the same stylesheet and theme class as the main window, which may have changed theme meanwhile
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                .forEach(c -> scene.getRoot().getStyleClass().add(c));
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** The main window shows another project or language: this one goes with it. */
    void close() {
        stage.close();
    }
}
