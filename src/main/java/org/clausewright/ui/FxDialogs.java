package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
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
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<VersionRequest> askVersion() {
        Dialog<VersionRequest> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("history.record"));
        TextField label = new TextField();
        label.setId("version-label");
        label.setPromptText(messages.get("history.labelPrompt"));
        TextArea message = new TextArea();
        message.setId("version-message");
        message.setPrefRowCount(4);
        message.setWrapText(true);
        label.setPrefColumnCount(30);
        GridPane grid = org.clausewright.ui.Forms.grid();
        grid.addRow(0, new Label(messages.get("history.label")), label);
        grid.addRow(1, new Label(messages.get("history.message")), message);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(label.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new VersionRequest(label.getText().strip(),
                message.getText().strip()) : null);
        label.requestFocus();
        return dialog.showAndWait();
    }

    @Override
    public void showError(String what, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(what);
        alert.setContentText(ErrorText.of(cause));
        alert.show();
    }

    @Override
    public void notify(String message, Notice... actions) {
        Notifications n = Notifications.create().text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(6)).owner(owner.get());
        n.action(java.util.Arrays.stream(actions).map(a -> new Action(a.text(), e -> a.action().run()))
                .toArray(Action[]::new));
        n.show();
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
