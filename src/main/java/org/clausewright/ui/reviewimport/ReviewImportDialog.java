package org.clausewright.ui.reviewimport;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.reviewimport.ReviewImportViewModel.Step;
import org.clausewright.ui.window.ImportLauncher;

import java.util.ArrayList;
import java.util.List;

/**
 * The Import review… preview: the report of what the file brings, with Import and Cancel. It opens while the
 * file is still being read (a spinner says so), stays open while the import runs, and closes when it is done
 * or failed (the failure is shown by the view model as an error message).
 */
public final class ReviewImportDialog implements ImportLauncher {
    private final Window owner;

    public ReviewImportDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void open(ProjectViewModel document) {
        ReviewImportViewModel model = new ReviewImportViewModel(document);
        if (model.choose() && model.stepProperty().get() != Step.FAILED) {
            show(model, document.messages());
        }
    }

    private void show(ReviewImportViewModel model, Messages m) {
        Dialog<ButtonType> dialog = org.clausewright.ui.DialogButtons.translate(new Dialog<>(), m);
        dialog.initOwner(owner);
        dialog.setTitle(m.get("import.title"));
        dialog.setResizable(true);
        Label status = new Label();
        status.setId("import-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.stepProperty().isEqualTo(Step.READING)
                .or(model.stepProperty().isEqualTo(Step.IMPORTING)));
        progress.managedProperty().bind(progress.visibleProperty());
        HBox top = new HBox(8, progress, status);
        VBox lines = new VBox();
        lines.setId("import-report");
        lines.getStyleClass().add("import-report");
        lines.setPadding(new javafx.geometry.Insets(6));
        model.reportProperty().addListener((obs, old, report) -> showLines(lines, report));
        showLines(lines, model.reportProperty().get());
        ScrollPane report = new ScrollPane(lines);
        report.setFitToWidth(true);
        report.getStyleClass().add("import-report-pane");
        report.setPrefViewportHeight(420);
        report.setContextMenu(copyMenu(model, m));
        VBox.setVgrow(report, Priority.ALWAYS);
        VBox content = new VBox(10, top, report);
        content.setPadding(new javafx.geometry.Insets(12));
        dialog.getDialogPane().setPrefSize(820, 600);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("import-dialog");

        ButtonType importButton = new ButtonType(m.get("import.run"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        Button run = (Button) dialog.getDialogPane().lookupButton(importButton);
        run.setId("import-run");
        run.disableProperty().bind(model.stepProperty().isNotEqualTo(Step.READY));
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        // the dialog stays open while the import runs, so no edit slips in between the plan and its result
        run.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.confirm();
        });
        dialog.setOnCloseRequest(e -> {
            if (model.stepProperty().get() == Step.IMPORTING) {
                e.consume();
            } else {
                model.cancel();
            }
        });
        model.stepProperty().addListener((obs, old, step) -> {
            if (step == Step.DONE || step == Step.FAILED) {
                dialog.setResult(ButtonType.CLOSE);
                dialog.close();
            }
        });
        dialog.show();
    }

    /**
     * The report a label per line, not one text area: a wrapped right-to-left line in one text node is drawn cut
     * off at the right and its words out of order (JavaFX 21; seen in the Arabic window), which the labels' skin
     * avoids by drawing a word per node (docs/decisions/right-to-left-text.md).
     */
    private static void showLines(VBox lines, List<String> report) {
        List<Label> labels = new ArrayList<>();
        for (String line : report == null ? List.<String>of() : report) {
            Label label = new Label(line.isEmpty() ? " " : line);
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            labels.add(label);
        }
        lines.getChildren().setAll(labels);
    }

    /** The text area it replaces let the report be copied; so does this. */
    private static ContextMenu copyMenu(ReviewImportViewModel model, Messages m) {
        MenuItem copy = new MenuItem(m.get("import.copy"));
        copy.setId("import-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", model.reportProperty().get()));
            Clipboard.getSystemClipboard().setContent(content);
        });
        return new ContextMenu(copy);
    }
}
