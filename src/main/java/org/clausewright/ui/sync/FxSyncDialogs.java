package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.clausewright.history.Version;
import org.clausewright.history.remote.CertificateRefusal;
import org.clausewright.history.remote.HostKeyRefusal;
import org.clausewright.history.remote.Login;
import org.clausewright.ui.DialogButtons;
import org.clausewright.ui.Messages;
import org.clausewright.ui.merge.MergeResultsView;
import org.clausewright.ui.merge.MergeResultsViewModel;

/** The real sync dialogs, owned by the main window. */
public final class FxSyncDialogs implements SyncDialogs {
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxSyncDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<Login> askLogin(String server, String user) {
        Dialog<Login> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("login.title"));
        dialog.setHeaderText(messages.format("login.header", server));
        TextField name = new TextField(user == null ? "" : user);
        name.setId("login-user");
        PasswordField password = new PasswordField();
        password.setId("login-password");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("login.user")), name);
        grid.addRow(1, new Label(messages.get("login.password")), password);
        Label kept = new Label(messages.get("login.kept"));
        kept.setWrapText(true);
        kept.setMaxWidth(460);
        grid.add(kept, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Login(name.getText(), password.getText()) : null);
        dress(dialog);
        (user == null || user.isEmpty() ? name : password).requestFocus();
        return dialog.showAndWait();
    }

    /** Where a dialog's text has its fingerprint: a character no translation uses (private use). */
    private static final String PRINT = "\uE000";

    @Override
    public boolean acceptHostKey(HostKeyRefusal key) {
        ButtonType accept = new ButtonType(messages.get("hostKey.accept"), ButtonBar.ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType(messages.get("hostKey.refuse"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = DialogButtons.translate(new Alert(key.changed() ? Alert.AlertType.WARNING
                : Alert.AlertType.CONFIRMATION, "", refuse, accept), messages);
        fitText(alert, messages.format(key.changed() ? "hostKey.changed" : "hostKey.unknown", key.shownHost(),
                PRINT), lines(key.fingerprint()));
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("hostKey.title"));
        alert.setHeaderText(messages.format("hostKey.header", key.shownHost()));
        // refusing is the default: Enter must not trust a key by accident
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(refuse)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(accept)).setDefaultButton(false);
        fitWords(alert);
        return alert.showAndWait().filter(b -> b == accept).isPresent();
    }

    @Override
    public Optional<char[]> askPassphrase(Path key) {
        Dialog<char[]> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("passphrase.title"));
        dialog.setHeaderText(messages.format("passphrase.header", key));
        PasswordField passphrase = new PasswordField();
        passphrase.setId("key-passphrase");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("passphrase.label")), passphrase);
        Label kept = new Label(messages.get("passphrase.kept"));
        kept.setWrapText(true);
        kept.setMaxWidth(460);
        grid.add(kept, 0, 1, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? passphrase.getText().toCharArray() : null);
        dress(dialog);
        passphrase.requestFocus();
        return dialog.showAndWait();
    }

    @Override
    public boolean trustCertificate(CertificateRefusal certificate) {
        ButtonType trust = new ButtonType(messages.get("certificate.trust"), ButtonBar.ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType(messages.get("certificate.refuse"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = messages.format("certificate.text", certificate.server(), PRINT);
        Alert alert = DialogButtons.translate(new Alert(Alert.AlertType.WARNING, "", refuse, trust), messages);
        fitText(alert, text, lines(certificate.fingerprint()));
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("certificate.title"));
        alert.setHeaderText(messages.format("certificate.header", certificate.server()));
        // refusing is the default: Enter must not trust a certificate by accident
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(refuse)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(trust)).setDefaultButton(false);
        fitWords(alert);
        return alert.showAndWait().filter(b -> b == trust).isPresent();
    }

    /**
     * The alert's own content label is sized before the window's language font and direction reach the dialog, so
     * an Arabic paragraph ran past its left edge and a fingerprint was cut. Here the text wraps at a set width, the
     * dialog grows to its height, and the dialog takes the window's font and direction before it is sized.
     *
     * <p>The fingerprint ({@link #PRINT} in {@code text}) is a block of its own, left to right in every language: in
     * an Arabic paragraph the bidirectional algorithm drew a line of pairs that starts with a digit with that pair
     * at its other end ("15:F6:AE:…" as "F6:AE:…:15"), so the fingerprint the member compares read wrong.
     */
    private void fitText(Dialog<?> dialog, String text, String fingerprint) {
        int at = text.indexOf(PRINT);
        String before = at < 0 ? text : text.substring(0, at);
        String after = at < 0 ? "" : text.substring(at + PRINT.length());
        Label print = new Label(fingerprint);
        print.setId("sync-dialog-fingerprint");
        print.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        print.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10);
        box.setId("sync-dialog-text");
        box.getChildren().add(paragraph(before));
        box.getChildren().add(print);
        if (!after.isBlank()) {
            box.getChildren().add(paragraph(after));
        }
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        pane.setContent(box);
        pane.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dress(dialog);
    }

    private static Label paragraph(String text) {
        Label label = new Label(text.strip());
        label.setWrapText(true);
        label.setPrefWidth(480);
        label.setMaxWidth(480);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A fingerprint of 32 hex pairs has no space to wrap at and ran past the dialog's edge: eight pairs a line, the
     * way administrators read them out; an ssh fingerprint (SHA256:…, 50 characters) stays one line.
     */
    static String lines(String fingerprint) {
        return fingerprint.replaceAll("((?:[0-9A-Fa-f]{2}:){7}[0-9A-Fa-f]{2}):", "$1:\n");
    }

    /** The window's stylesheets, language font and direction, on the dialog before it is sized. */
    private void dress(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null && window.getScene() != null) {
            javafx.scene.control.DialogPane pane = dialog.getDialogPane();
            pane.getStylesheets().addAll(window.getScene().getStylesheets());
            pane.setStyle(window.getScene().getRoot().getStyle());
            pane.setNodeOrientation(window.getScene().getEffectiveNodeOrientation());
        }
    }

    /**
     * The button bar gives its buttons one width, fixed when they are made, before the window's language font
     * reaches the dialog: a longer answer in Chinese ("为本项目信任") was cut. Each button takes its own words' width.
     */
    private static void fitWords(Dialog<?> dialog) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(type), false);
        }
    }

    @Override
    public void showResult(String title, List<String> lines) {
        Dialog<Void> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ListView<String> list = new ListView<>();
        list.setId("sync-result");
        list.getItems().setAll(lines);
        list.setPrefSize(720, Math.max(180, Math.min(480, 32 * lines.size() + 24)));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    @Override
    public void showMergeResults(MergeResultsViewModel results) {
        MergeResultsView.show(owner.get(), results, messages);
    }

    @Override
    public void editRemotes(RemotesViewModel remotes) {
        new RemotesDialog(remotes, owner.get()).show();
    }

    @Override
    public Optional<SendChoice> askSince(List<Version> versions, java.util.function.Function<Version, String> name) {
        List<String> choices = new ArrayList<>();
        choices.add(messages.get("bundle.everything"));
        versions.forEach(v -> choices.add(messages.format("bundle.since", name.apply(v), v.author())));
        // the prompt above the list, which is as wide as the dialog: beside it (a ChoiceDialog's grid), a long
        // version name widened the list and squeezed the prompt to a letter a line
        ComboBox<String> list = new ComboBox<>(javafx.collections.FXCollections.observableList(choices));
        list.getSelectionModel().selectFirst();
        list.setPrefWidth(520);
        list.setMaxWidth(Double.MAX_VALUE);
        Label prompt = new Label(messages.get("bundle.sincePrompt"));
        prompt.setLabelFor(list);
        Dialog<ButtonType> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("menu.sendBundle"));
        dialog.setHeaderText(messages.get("bundle.sinceHeader"));
        dialog.getDialogPane().setContent(new VBox(6, prompt, list));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> {
            int i = list.getSelectionModel().getSelectedIndex();
            return new SendChoice(i <= 0 ? null : versions.get(i - 1));
        });
    }
}
