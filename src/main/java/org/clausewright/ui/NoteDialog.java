package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * A note written in answer to something shown above it, such as a reply to a comment thread: the thread
 * stays in view while the member writes, and the note may run to several lines (Enter starts a new line,
 * Ctrl+Enter sends).
 */
final class NoteDialog {
    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private NoteDialog() {
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    static Optional<String> ask(Window owner, Messages messages, String title, String context, String prompt) {
        Dialog<String> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        // the context's first line is its title (a thread's kind, author and date), the rest its words
        int cut = context.indexOf('\n');
        Label heading = wrapped(cut < 0 ? context : context.substring(0, cut), "thread-header");
        VBox shown = new VBox(4, heading);
        if (cut >= 0) {
            // each line (the quote, the comment, a reply) in its own direction
            shown.getChildren().addAll(OwnDirection.lines(context.substring(cut + 1), line -> wrapped(line, null)));
        }
        shown.setId("note-context");
        shown.getStyleClass().add("card");
        ScrollPane thread = new ScrollPane(shown);
        thread.setFitToWidth(true);
        thread.setPrefViewportHeight(Math.min(180, 20 * (context.lines().count() + 1)));
        thread.setMaxHeight(220);
        TextArea note = new TextArea();
        note.setId("note-text");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setPrefColumnCount(48);
        note.setPromptText(prompt);
        VBox content = new VBox(10, thread, note);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> note.getText().isBlank(), note.textProperty()));
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SEND.match(e)) {
                e.consume();
                ok.fire();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? note.getText() : null);
        // a dialog is a scene of its own: the window's stylesheet draws the thread as the Review panel does
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // the dialog puts the focus on its default button as it shows: the field takes it after that
        dialog.setOnShown(e -> javafx.application.Platform.runLater(note::requestFocus));
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
