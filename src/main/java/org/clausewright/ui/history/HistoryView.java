package org.clausewright.ui.history;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clausewright.history.Version;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The History tab: versions newest first and their actions; a comparison opens in its own window. */
public final class HistoryView {
    private final VBox root;
    private CompareWindow compareWindow;

    public HistoryView(HistoryViewModel model, ProjectViewModel document) {
        Messages messages = document.messages();
        DateTimeFormatter dates = messages.dates(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(ZoneId.systemDefault());
        ListView<Version> list = new ListView<>();
        list.setId("history-versions");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new VersionCell(model, messages, dates, document.isReadOnly()));
        // the view is built when its tab is first shown: the versions read before that are shown at once (reading
        // them again gives an equal list, which the listener below does not hear of)
        list.getItems().setAll(model.versionsProperty().get());
        model.versionsProperty().addListener((obs, old, versions) -> {
            // the list is read again after each record, restore or milestone: the versions picked stay picked
            List<String> picked = list.getSelectionModel().getSelectedItems().stream().map(Version::id).toList();
            list.getItems().setAll(versions);
            for (int i = 0; i < versions.size(); i++) {
                if (picked.contains(versions.get(i).id())) {
                    list.getSelectionModel().select(i);
                }
            }
        });
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
        Button milestone = button("history-milestone", messages.get("history.milestone.mark"), e -> {
            Version version = list.getSelectionModel().getSelectedItem();
            if (version != null && !version.milestones().isEmpty()) {
                model.unmarkMilestone(version, version.milestones().get(version.milestones().size() - 1));
            } else {
                model.markMilestone(version);
            }
        });
        // a version with a milestone offers to take off the latest one (the one on the Word cover)
        milestone.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Version version = list.getSelectionModel().getSelectedItem();
            return version == null || version.milestones().isEmpty() ? messages.get("history.milestone.mark")
                    : messages.get("history.milestone.unmarkAsk");
        }, list.getSelectionModel().selectedItemProperty(), list.getItems()));
        milestone.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(new javafx.beans.property.SimpleBooleanProperty(document.isReadOnly())));
        CheckBox checkpoints = new CheckBox(messages.get("history.showCheckpoints"));
        checkpoints.selectedProperty().bindBidirectional(model.showCheckpointsProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        FlowPane actions = new FlowPane(6, 6, record, compare, restoreClause, restoreDraft, milestone, checkpoints,
                busy);
        Label hint = new Label(messages.get("history.hint"));
        hint.setWrapText(true);
        // all of its lines: a wrapping label in a box is otherwise given the height of one and cut
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("hint");
        root = new VBox(6, actions, hint, list);
        root.setPadding(new Insets(8));
        root.setId("history");
        // the comparison gets a window of its own: this tab is too narrow for the changed words
        model.comparisonsProperty().addListener((obs, old, n) -> compareWindow(model, document).show());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null && compareWindow != null) {
                compareWindow.close();
                compareWindow = null;
            }
        });
    }

    private CompareWindow compareWindow(HistoryViewModel model, ProjectViewModel document) {
        if (compareWindow == null) {
            compareWindow = new CompareWindow(model, document, root.getScene().getWindow());
        }
        return compareWindow;
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
