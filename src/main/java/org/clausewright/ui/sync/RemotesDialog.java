package org.clausewright.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clausewright.history.remote.Remotes;
import org.clausewright.ui.Messages;

/** Project ▸ Remotes…: the servers or shared folders this project syncs with, each a name and an address. */
final class RemotesDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    RemotesDialog(RemotesViewModel model, Window owner) {
        Messages m = model.messages();
        org.clausewright.ui.DialogButtons.translate(dialog, m);
        dialog.initOwner(owner);
        dialog.setTitle(m.get("remotes.title"));
        dialog.setHeaderText(m.get("remotes.header"));
        ListView<Remotes.Remote> list = new ListView<>(model.remotes());
        list.setId("remotes-list");
        list.setPrefSize(560, 160);
        list.setPlaceholder(new Label(m.get("remotes.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Remotes.Remote remote, boolean empty) {
                super.updateItem(remote, empty);
                setText(empty || remote == null ? null : remote.name() + " — " + remote.url());
            }
        });
        Button remove = new Button(m.get("remotes.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        TextField name = new TextField(model.remotes().isEmpty() ? "origin" : "");
        name.setId("remote-name");
        TextField url = new TextField();
        url.setId("remote-url");
        url.setPromptText("https://git.example.org/committee/code.git");
        HBox.setHgrow(url, Priority.ALWAYS);
        Button add = new Button(m.get("remotes.add"));
        add.setId("remote-add");
        add.disableProperty().bind(name.textProperty().isEmpty().or(url.textProperty().isEmpty()));
        add.setOnAction(e -> {
            model.add(name.getText(), url.getText());
            name.clear();
            url.clear();
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("remotes.name")), name);
        form.addRow(1, new Label(m.get("remotes.url")), url, add);
        url.setPrefColumnCount(32);
        VBox content = new VBox(8, list, remove, new Label(m.get("remotes.hint")), form);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        model.refresh();
    }

    void show() {
        dialog.show();
    }
}
