package org.clausewright.ui;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.clausewright.app.Settings;
import org.clausewright.app.UserName;

import java.util.function.Consumer;

/**
 * The first-run question: the member's name and initials, which sign their comments and versions. Asked
 * before the main window opens, so nothing sits empty behind it; the name starts as the system's user name,
 * selected, so that typing replaces it.
 */
final class MemberPrompt {
    private MemberPrompt() {
    }

    /** Shows the prompt and returns at once; {@code answered} is told true once the member was saved, false on Quit. */
    static void ask(Messages messages, String theme, WindowLanguage look, Settings settings,
                    Consumer<Boolean> answered) {
        MemberForm form = new MemberForm(settings.memberName().orElse(UserName.current()), settings.initials());
        Dialog<ButtonType> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.setTitle(messages.get("member.title"));
        dialog.setHeaderText(messages.get("member.header"));
        TextField name = new TextField();
        name.setId("member-name");
        name.setPrefColumnCount(24);
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField initials = new TextField();
        initials.setId("member-initials");
        initials.setPrefColumnCount(6);
        initials.textProperty().bindBidirectional(form.initialsProperty());
        Label hint = new Label(messages.get("member.initialsHint"));
        hint.getStyleClass().add("hint");
        GridPane grid = Forms.grid();
        grid.addRow(0, new Label(messages.get("member.name")), name);
        grid.addRow(1, new Label(messages.get("member.initials")), initials);
        grid.add(hint, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("member-prompt");
        ButtonType quit = new ButtonType(messages.get("member.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, quit);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("member-ok");
        ok.disableProperty().bind(form.completeProperty().not());
        Themes.apply(theme, dialog.getDialogPane().getScene());
        // asked before the window it would belong to exists
        look.applyTo(dialog.getDialogPane().getScene());
        // the dialog would give the focus to its default button, and a space would accept the suggested name
        dialog.setOnShown(e -> Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        }));
        // OK (click or Enter) is answered after the event that pressed it: the window then opens while the prompt
        // still shows (closing the last window would end the program), and the prompt closes outside that event.
        // Opening the window and closing the prompt inside the Enter key's press crashed the JVM in JavaFX's GTK
        // key handling (seen under Xvfb, every time).
        boolean[] answering = {false};
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (answering[0] || !form.completeProperty().get()) {
                return;
            }
            answering[0] = true;
            Platform.runLater(() -> {
                form.saveTo(settings);
                answered.accept(true);
                dialog.setResult(ButtonType.OK);
                dialog.close();
            });
        });
        dialog.resultProperty().addListener((obs, old, result) -> {
            if (result != null && result != ButtonType.OK) {
                answered.accept(false);
            }
        });
        dialog.show();
    }
}
