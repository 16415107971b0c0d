package org.clausewright.ui.coverage;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.ui.Messages;

import java.util.List;

/**
 * View ▸ Coverage: the elements of a framework down the window, each with its state and the clauses that address
 * it beneath. A window of its own beside the editor, so that the member can map clauses in the Details form and
 * watch the gaps close; double-clicking a clause (or Enter) shows it in the editor.
 */
public final class CoverageWindow {
    private final Stage stage = new Stage();
    private final Window owner;
    private final CoverageViewModel model;
    private final TreeView<CoverageItem> tree = new TreeView<>();

    public CoverageWindow(CoverageViewModel model, Window owner) {
        this.model = model;
        this.owner = owner;
        Messages messages = model.messages();
        ComboBox<FrameworkChoice> framework = new ComboBox<>();
        framework.setId("coverage-framework");
        framework.getItems().setAll(model.frameworksProperty().get());
        model.frameworksProperty().addListener((obs, old, list) -> {
            framework.getItems().setAll(list);
            showChosen(framework);
        });
        showChosen(framework);
        model.frameworkProperty().addListener((obs, old, id) -> showChosen(framework));
        framework.valueProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                model.frameworkProperty().set(choice.id());
            }
        });
        // a choice only where there is one to make
        framework.disableProperty().bind(Bindings.size(framework.getItems()).lessThan(2));
        Label frameworkLabel = new Label(messages.get("coverage.framework"));
        frameworkLabel.setLabelFor(framework);
        frameworkLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choice = new HBox(8, frameworkLabel, framework);
        choice.setAlignment(Pos.CENTER_LEFT);
        Label title = wrapped("coverage-title", model.titleProperty());
        title.getStyleClass().add("compare-title");
        Label citation = wrapped("coverage-citation", model.citationProperty());
        citation.getStyleClass().add("hint");
        Label summary = wrapped("coverage-summary", model.summaryProperty());

        tree.setId("coverage-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new CoverageCell(messages));
        show(model.rowsProperty().get());
        model.rowsProperty().addListener((obs, old, rows) -> show(rows));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label hint = new Label(messages.get("coverage.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Button close = new Button(messages.get("button.close"));
        close.setId("coverage-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, hint, gap, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, choice, title, citation, summary, tree, bottom);
        root.setPadding(new Insets(12));
        root.setId("coverage");
        stage.setScene(new Scene(root, Math.max(560, owner.getWidth() * 0.5), Math.max(480, owner.getHeight() * 0.85)));
        stage.initOwner(owner);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> messages.format("coverage.windowTitle",
                framework.getValue() == null ? "" : framework.getValue().title()), framework.valueProperty()));
        // closed, it does not follow every keystroke; shown again, it catches up
        model.activeProperty().bind(stage.showingProperty());
    }

    private void showChosen(ComboBox<FrameworkChoice> framework) {
        String id = model.frameworkProperty().get();
        framework.setValue(framework.getItems().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null));
    }

    private static Label wrapped(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** The tree again, every element open, the selected line kept where it still is. */
    private void show(List<CoverageRow> rows) {
        CoverageItem selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        TreeItem<CoverageItem> again = null;
        List<TreeItem<CoverageItem>> items = new java.util.ArrayList<>();
        for (CoverageRow row : rows) {
            TreeItem<CoverageItem> element = new TreeItem<>(CoverageItem.of(row));
            element.setExpanded(true);
            if (row.clauses().isEmpty()) {
                element.getChildren().add(new TreeItem<>(new CoverageItem(row, null, true)));
            }
            for (CoverageRow.ClauseLink clause : row.clauses()) {
                TreeItem<CoverageItem> line = new TreeItem<>(new CoverageItem(row, clause, false));
                element.getChildren().add(line);
                if (selected != null && selected.clause() != null
                        && selected.clause().clauseId().equals(clause.clauseId())
                        && selected.element().elementId().equals(row.elementId())) {
                    again = line;
                }
            }
            if (selected != null && selected.isElement() && selected.element().elementId().equals(row.elementId())) {
                again = element;
            }
            items.add(element);
        }
        tree.getRoot().getChildren().setAll(items);
        if (again != null) {
            tree.getSelectionModel().select(again);
        }
    }

    private void openSelected() {
        TreeItem<CoverageItem> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue().clause() != null) {
            model.open(item.getValue().clause().clauseId());
        }
    }

    /** Shows the window (in the main window's theme) and brings it to the front. */
    public void show() {
        Beside.show(stage, owner);
    }

    /** The main window shows another project or language: this one goes with it. */
    public void close() {
        stage.close();
    }
}
