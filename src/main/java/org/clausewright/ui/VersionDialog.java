package org.clausewright.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Record version…: a label and a message. The label comes suggested ("Working draft 6" after "Working draft
 * 5") and selected, so Enter accepts it and typing replaces it.
 */
final class VersionDialog {
    private VersionDialog() {
    }

    static Optional<Dialogs.VersionRequest> ask(Window owner, Messages messages, String suggestedLabel) {
        Dialog<Dialogs.VersionRequest> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("history.record"));
        TextField label = new TextField(suggestedLabel == null ? "" : suggestedLabel);
        label.setId("version-label");
        label.setPromptText(messages.get("history.labelPrompt"));
        label.setPrefColumnCount(30);
        TextArea message = new TextArea();
        message.setId("version-message");
        message.setPrefRowCount(4);
        message.setWrapText(true);
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(messages.get("history.label")), label);
        grid.addRow(1, new Label(messages.get("history.message")), message);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> label.getText().isBlank(),
                        label.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new Dialogs.VersionRequest(label.getText().strip(), message.getText().strip()) : null);
        // the dialog puts the focus on its default button as it shows: the label takes it after that
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            label.requestFocus();
            label.selectAll();
        }));
        return dialog.showAndWait();
    }
}
