package org.clausewright.ui.history;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.clausewright.history.Version;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The History tab: versions newest first, their actions, and the comparison of the two picked. */
public final class HistoryView {
    private final SplitPane root;

    public HistoryView(HistoryViewModel model, ProjectViewModel document) {
        Messages messages = document.messages();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        ListView<Version> list = new ListView<>();
        list.setId("history-versions");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Version version, boolean empty) {
                super.updateItem(version, empty);
                if (empty || version == null) {
                    setText(null);
                    return;
                }
                String mark = version.checkpoint() ? messages.get("history.checkpoint") + " · " : "";
                setText(mark + version.label() + "\n" + version.author() + " · " + dates.format(version.time())
                        + (version.message().isBlank() ? "" : "\n" + version.message()));
            }
        });
        model.versionsProperty().addListener((obs, old, versions) -> list.getItems().setAll(versions));
        VBox.setVgrow(list, Priority.ALWAYS);

        Button record = button("history-record", messages.get("history.record"), e -> model.record());
        record.setDisable(document.isReadOnly());
        Button compare = button("history-compare", messages.get("history.compare"), e -> {
            List<Version> picked = new ArrayList<>(list.getSelectionModel().getSelectedItems());
            picked.sort(Comparator.comparing(Version::time));
            model.compare(picked.isEmpty() ? null : picked.get(0), picked.size() > 1 ? picked.get(picked.size() - 1) : null);
        });
        compare.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Button restoreClause = button("history-restore-clause", messages.get("history.restoreClause"),
                e -> model.restoreClause(list.getSelectionModel().getSelectedItem()));
        Button restoreDraft = button("history-restore-draft", messages.get("history.restoreDraft"),
                e -> model.restoreDraft(list.getSelectionModel().getSelectedItem()));
        restoreClause.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(document.selectedClauseIdProperty().isNull()));
        restoreDraft.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        CheckBox checkpoints = new CheckBox(messages.get("history.showCheckpoints"));
        checkpoints.selectedProperty().bindBidirectional(model.showCheckpointsProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        FlowPane actions = new FlowPane(6, 6, record, compare, restoreClause, restoreDraft, checkpoints, busy);
        Label hint = new Label(messages.get("history.hint"));
        hint.setWrapText(true);
        // all of its lines: a wrapping label in a box is otherwise given the height of one and cut
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        VBox top = new VBox(6, actions, hint, list);
        top.setPadding(new Insets(8));

        Label summary = new Label();
        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        ListView<ChangeRow> changes = new ListView<>();
        changes.setId("compare-changes");
        changes.setCellFactory(v -> new ChangeCell());
        model.changesProperty().addListener((obs, old, rows) -> changes.getItems().setAll(rows));
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox bottom = new VBox(6, summary, changes);
        bottom.setPadding(new Insets(8));
        root = new SplitPane(top, bottom);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.45);
        root.setId("history");
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    public Node node() {
        return root;
    }
}
