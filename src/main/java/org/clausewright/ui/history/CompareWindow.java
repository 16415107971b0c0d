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
import org.clausewright.ui.editor.WorkingLanguage;

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
        VBox root = new VBox(8, title, languageChoice(model, document), summary, changes, bottom);
        root.setPadding(new Insets(12));
        root.setId("compare");
        stage.setScene(new Scene(root, Math.max(640, owner.getWidth() * 0.7), Math.max(480, owner.getHeight() * 0.85)));
        stage.initOwner(owner);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("compare.windowTitle", model.comparisonTitleProperty().get()),
                model.comparisonTitleProperty()));
    }

    /** "Language version: [Source (English) ▾]": the comparison is made again in the language chosen. */
    private static javafx.scene.Node languageChoice(HistoryViewModel model, ProjectViewModel document) {
        Messages messages = document.messages();
        javafx.scene.control.ComboBox<String> combo = new javafx.scene.control.ComboBox<>();
        combo.setId("compare-language");
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : WorkingLanguage.label(messages, document.project(), tag);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        Runnable choices = () -> {
            java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(""));
            all.addAll(document.project().info().languages().targets());
            if (!all.equals(combo.getItems())) {
                combo.getItems().setAll(all);
            }
            combo.setValue(all.contains(model.compareLanguageProperty().get())
                    ? model.compareLanguageProperty().get() : "");
        };
        choices.run();
        document.projectProperty().addListener((obs, old, p) -> choices.run());
        model.compareLanguageProperty().addListener((obs, old, tag) -> combo.setValue(tag));
        // the member's choice here compares again; the working language changing in the main window does not
        combo.valueProperty().addListener((obs, old, tag) -> {
            if (tag != null && !tag.equals(model.compareLanguageProperty().get())) {
                model.compareLanguageProperty().set(tag);
                model.compareAgain();
            }
        });
        Label label = new Label(messages.get("compare.language"));
        label.setLabelFor(combo);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, label, combo);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.size(combo.getItems()).greaterThan(1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
