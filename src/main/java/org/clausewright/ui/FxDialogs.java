package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs, owned by the main window. */
public final class FxDialogs implements Dialogs {
    /** A question's width: a sentence or two on two or three lines. */
    private static final double QUESTION_WIDTH = 420;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final org.clausewright.ui.negotiation.NegotiationDialogs negotiation;

    public FxDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
        this.negotiation = new org.clausewright.ui.negotiation.NegotiationDialogs(messages, owner);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.Parties> editParties(org.clausewright.model.ProjectInfo info) {
        return negotiation.editParties(info);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.DecisionForm> askDecision(String title,
            org.clausewright.model.ClauseStatus current, org.clausewright.model.ProjectInfo info) {
        return negotiation.askDecision(title, current, info);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.CleaningForm> askCleaning(String title,
            java.util.List<String> options, org.clausewright.model.ProjectInfo info) {
        return negotiation.askCleaning(title, options, info);
    }

    @Override
    public Optional<org.clausewright.ui.negotiation.AttributionForm> askAttribution(String title,
            java.util.List<String> options, int option, org.clausewright.model.ProjectInfo info) {
        return negotiation.askAttribution(title, options, option, info);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = DialogButtons.translate(new TextInputDialog(initial), messages);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        // the question as a sentence above its field: beside it, a long one (Mark as milestone…, in Russian) was
        // squeezed into a column of two or three words a line
        javafx.scene.control.Label question = new javafx.scene.control.Label(prompt);
        question.setWrapText(true);
        question.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        question.setPrefWidth(QUESTION_WIDTH);
        dialog.getEditor().setPrefColumnCount(24);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, question, dialog.getEditor()));
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = DialogButtons.translate(new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK,
                ButtonType.CANCEL), messages);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askNote(String title, String context, String prompt) {
        return NoteDialog.ask(owner.get(), messages, title, context, prompt);
    }

    @Override
    public Optional<VersionRequest> askVersion(String suggestedLabel) {
        return VersionDialog.ask(owner.get(), messages, suggestedLabel);
    }

    @Override
    public void showError(String what, Throwable cause) {
        Alert alert = DialogButtons.translate(new Alert(Alert.AlertType.ERROR), messages);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(what);
        alert.setContentText(ErrorText.of(cause));
        alert.show();
    }

    @Override
    public void showRefusal(String what, String why) {
        Alert alert = DialogButtons.translate(new Alert(Alert.AlertType.WARNING), messages);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(what);
        alert.setContentText(why);
        alert.show();
    }

    @Override
    public void notify(String message, Notice... actions) {
        // in the main window's layout, above the status bar: a floating notice covered what was under it
        Optional<NoticeArea> area = NoticeArea.of(owner.get());
        if (area.isPresent()) {
            area.get().show(message, actions);
            return;
        }
        Notifications n = Notifications.create().text(message).position(Pos.TOP_RIGHT)
                .hideAfter(Duration.seconds(6)).owner(owner.get());
        n.action(java.util.Arrays.stream(actions).map(a -> new Action(a.text(), e -> a.action().run()))
                .toArray(Action[]::new));
        n.show();
    }

    @Override
    public Optional<org.clausewright.app.ProjectTemplate> chooseTemplate(
            java.util.List<org.clausewright.app.ProjectTemplate> templates) {
        return TemplateDialog.show(messages, owner.get(), templates);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToWrite(String title, String kind, String extension, Path folder, String name) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(kind, "*." + extension));
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(name);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, String kind, String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(kind, "*." + extension));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }
}
