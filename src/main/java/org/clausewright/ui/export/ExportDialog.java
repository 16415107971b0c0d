package org.clausewright.ui.export;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clausewright.app.ExportJob;
import org.clausewright.app.Settings;
import org.clausewright.app.Versions;
import org.clausewright.history.Version;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.history.HistoryViewModel;
import org.clausewright.ui.window.ExportLauncher;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The Export… dialog: its form is bound to an {@link ExportViewModel}; the export runs in the background. */
public final class ExportDialog implements ExportLauncher {
    private final Window owner;
    private final Consumer<Path> opener;
    private final Settings settings;

    /** {@code settings} keeps each project's choices for its next export. */
    public ExportDialog(Window owner, Consumer<Path> opener, Settings settings) {
        this.owner = owner;
        this.opener = opener;
        this.settings = settings;
    }

    @Override
    public void open(ProjectViewModel document, HistoryViewModel history) {
        document.background().run("versions", () -> Versions.log(document.session().dir()),
                versions -> show(new ExportViewModel(document, versions, opener, settings), document.messages()),
                error -> document.dialogs().showError(document.messages().get("export.failed"), error));
    }

    private void show(ExportViewModel model, Messages m) {
        Dialog<ButtonType> dialog = org.clausewright.ui.DialogButtons.translate(new Dialog<>(), m);
        dialog.initOwner(owner);
        dialog.setTitle(m.get("export.title"));
        ComboBox<Version> version = versions(model, m.get("export.current"));
        version.setId("export-version");
        version.valueProperty().bindBidirectional(model.versionProperty());
        ComboBox<Version> compare = versions(model, m.get("export.noCompare"));
        compare.setId("export-compare");
        compare.valueProperty().bindBidirectional(model.compareProperty());
        ComboBox<ExportJob.Comments> comments = new ComboBox<>();
        comments.setId("export-comments");
        comments.getItems().setAll(ExportJob.Comments.values());
        comments.setConverter(converter(c -> m.get("export.comments." + c.name().toLowerCase())));
        comments.valueProperty().bindBidirectional(model.commentsProperty());
        CheckBox toc = check(m.get("export.toc"), model.tocProperty());
        toc.setId("export-toc");
        CheckBox annex = check(m.get("export.annex"), model.annexProperty());
        CheckBox members = check(m.get("export.members"), model.membersProperty());
        CheckBox compilation = check(m.get("export.compilation"), model.compilationProperty());
        compilation.setId("export-compilation");
        CheckBox statusColours = check(m.get("export.statusColours"), model.statusColoursProperty());
        statusColours.setId("export-status-colours");
        CheckBox cleanText = check(m.get("export.cleanText"), model.cleanTextProperty());
        cleanText.setId("export-clean-text");
        TextField watermark = new TextField();
        watermark.setId("export-watermark");
        // a hint, not a value: an empty field puts no watermark on the pages
        watermark.setPromptText(m.get("export.watermarkNone"));
        watermark.textProperty().bindBidirectional(model.watermarkProperty());
        wideEnoughForItsHint(watermark);
        TextField target = new TextField();
        target.setId("export-target");
        target.setPrefColumnCount(40);
        // a path reads left to right in every language (in an Arabic window its slashes and parts were reordered)
        target.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        target.textProperty().bindBidirectional(model.targetProperty());
        Button browse = new Button(m.get("export.browse"));
        browse.setId("export-browse");
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<ExportJob.Format> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(ExportJob.Format.values());
        format.setConverter(converter(f -> m.get("export.format." + f.name().toLowerCase())));
        format.valueProperty().bindBidirectional(model.formatProperty());
        CheckBox pdfA = check(m.get("export.pdfA"), model.pdfAProperty());
        pdfA.setId("export-pdf-a");
        pdfA.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportJob.Format.PDF));
        Label officeMissing = new Label();
        officeMissing.setId("export-office-missing");
        officeMissing.getStyleClass().add("danger");
        officeMissing.setWrapText(true);
        officeMissing.setMaxWidth(520);
        officeMissing.textProperty().bind(model.officeMissingProperty());
        officeMissing.visibleProperty().bind(model.officeMissingProperty().isNotEmpty());
        officeMissing.managedProperty().bind(officeMissing.visibleProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.busyProperty());
        Label progressText = new Label();
        progressText.setId("export-progress");
        progressText.textProperty().bind(model.progressProperty());
        GridPane grid = org.clausewright.ui.Forms.grid();
        grid.addRow(0, new Label(m.get("export.version")), version);
        grid.addRow(1, new Label(m.get("export.compare")), compare);
        grid.add(changes(model, m), 1, 2);
        grid.addRow(3, new Label(m.get("export.comments")), comments);
        grid.addRow(4, new Label(m.get("export.watermark")), watermark);
        grid.add(checks(toc, annex, members, compilation, statusColours, cleanText), 1, 5);
        grid.addRow(6, new Label(m.get("export.format")), new HBox(12, format, pdfA));
        grid.add(officeMissing, 1, 7);
        grid.addRow(8, new Label(m.get("export.file")), new HBox(6, target, browse));
        HBox working = new HBox(8, progress, progressText);
        working.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(working, 1, 9);
        // no choice is ever cut to "…": the dialog grows to the longest label of the window's language
        for (javafx.scene.control.Control c : List.of(version, compare, comments, format, pdfA, toc, annex, members,
                compilation, statusColours, cleanText)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("export-dialog");
        ButtonType exportButton = new ButtonType(m.get("export.run"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(exportButton, ButtonType.CANCEL);
        Button run = (Button) dialog.getDialogPane().lookupButton(exportButton);
        run.setId("export-run");
        run.disableProperty().bind(model.busyProperty());
        // a Word export is not stopped half way (a second or two); a PDF's conversion is: Cancel stops LibreOffice
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(model.busyProperty().and(model.cancellableProperty().not()));
        cancel.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (model.busyProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        dialog.getDialogPane().getScene().getWindow().setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
                model.cancel();
            }
        });
        browse.setOnAction(e -> {
            model.chooseTarget();
            // Enter now exports: it must not land on this button and open the chooser again
            run.requestFocus();
        });
        run.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            model.export(ok -> {
                if (ok) {
                    showDone(dialog, model, m);
                }
            });
        });
        dialog.show();
    }

    /** The dialog says what was written, with the file and its folder a click away, until the member closes it. */
    private static void showDone(Dialog<ButtonType> dialog, ExportViewModel model, Messages m) {
        Label message = new Label(model.doneProperty().get().message());
        message.setId("export-done");
        message.setWrapText(true);
        message.setMaxWidth(520);
        Button openFile = new Button(m.get("export.openFile"));
        openFile.setId("export-open-file");
        openFile.setOnAction(e -> model.openFile());
        Button openFolder = new Button(m.get("export.openFolder"));
        openFolder.setId("export-open-folder");
        openFolder.setOnAction(e -> model.openFolder());
        VBox done = new VBox(14, message, new HBox(8, openFile, openFolder));
        done.setPadding(new Insets(16));
        dialog.getDialogPane().setContent(done);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).requestFocus();
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    /** Show the compared changes, or accept them: a choice that matters only once a version is picked to compare. */
    private static VBox changes(ExportViewModel model, Messages m) {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton tracked = new javafx.scene.control.RadioButton(m.get("export.changes.tracked"));
        tracked.setId("export-changes-tracked");
        tracked.setToggleGroup(group);
        javafx.scene.control.RadioButton accepted = new javafx.scene.control.RadioButton(m.get("export.changes.final"));
        accepted.setId("export-final-text");
        accepted.setToggleGroup(group);
        tracked.setSelected(!model.finalTextProperty().get());
        accepted.selectedProperty().bindBidirectional(model.finalTextProperty());
        model.finalTextProperty().addListener((o, was, now) -> tracked.setSelected(!now));
        VBox box = new VBox(4, tracked, accepted);
        box.getChildren().forEach(n -> ((javafx.scene.control.Control) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        box.disableProperty().bind(model.compareProperty().isNull());
        return box;
    }

    /** The hint says what an empty field does; it is read whole in every language, whatever font the window uses. */
    private static void wideEnoughForItsHint(TextField field) {
        Runnable fit = () -> {
            javafx.scene.text.Text hint = new javafx.scene.text.Text(field.getPromptText());
            hint.setFont(field.getFont());
            // the field's padding, and a little room for the caret
            field.setMinWidth(Math.ceil(hint.getLayoutBounds().getWidth()) + 32);
        };
        field.fontProperty().addListener((o, was, now) -> fit.run());
        fit.run();
    }

    /** The check boxes two by two, each as wide as its label. */
    private static GridPane checks(CheckBox... boxes) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < boxes.length; i++) {
            grid.add(boxes[i], i % 2, i / 2);
        }
        return grid;
    }

    private static ComboBox<Version> versions(ExportViewModel model, String none) {
        ComboBox<Version> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(model.versions());
        box.setConverter(converter(model::versionName, none));
        return box;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return converter(text, "");
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
