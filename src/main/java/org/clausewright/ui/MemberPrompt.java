package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.clausewright.app.Settings;
import org.clausewright.app.UserName;

/** The first-run question: the member's name and initials, which sign their comments and versions. */
final class MemberPrompt {
    private MemberPrompt() {
    }

    static void ask(Messages messages, Window owner, Settings settings) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("member.title"));
        dialog.setHeaderText(messages.get("member.header"));
        TextField name = new TextField(settings.memberName().orElse(UserName.current()));
        name.setId("member-name");
        TextField initials = new TextField(settings.initials());
        initials.setId("member-initials");
        GridPane grid = org.clausewright.ui.Forms.grid();
        grid.addRow(0, new Label(messages.get("member.name")), name);
        grid.addRow(1, new Label(messages.get("member.initials")), initials);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.showAndWait();
        settings.setMember(name.getText().isBlank() ? UserName.current() : name.getText(), initials.getText());
    }
}
