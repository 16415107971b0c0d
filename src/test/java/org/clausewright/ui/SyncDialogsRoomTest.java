package org.clausewright.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.clausewright.history.remote.CertificateRefusal;
import org.clausewright.history.remote.HostKeyRefusal;
import org.clausewright.ui.sync.FxSyncDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogs a sync asks with (a key's passphrase, an untrusted certificate, an unknown host key, a sign-in),
 * opened from the window in each of its languages with what a real server gives them (a SHA-256 fingerprint of
 * 95 characters without a space, a key path): every word reads whole, none cut to "…", none outside the dialog.
 * The certificate's fingerprint and the Arabic and Chinese texts were cut.
 */
class SyncDialogsRoomTest {
    private static final String FINGERPRINT = "3F:9A:11:C2:5D:E0:7B:48:A6:0C:D9:21:8E:F4:53:6B:B7:02:9C:E1:4A:7D:30:"
            + "C8:15:F6:AE:92:0B:67:D3:5E";
    private static final String KEY_FINGERPRINT = "SHA256:Wq3mJ7lP2xk9Vb0ZtR8sYc4N1hFfE6uGdK5aLoTiBnM";

    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "zh-CN", "ru", "fr", "es"})
    void everySyncDialogShowsItsTextInFull(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        Messages messages = window.controller().document().messages();
        FxSyncDialogs dialogs = new FxSyncDialogs(messages, window::stage);
        List<String> problems = new ArrayList<>();
        look(d -> d.askPassphrase(Path.of("/home/ingrid.solberg/.ssh/id_ed25519")), dialogs, problems, "passphrase",
                null);
        look(d -> d.trustCertificate(new CertificateRefusal("https://git.committee.example.org:8443", FINGERPRINT)),
                dialogs, problems, "certificate", FINGERPRINT);
        look(d -> d.acceptHostKey(new HostKeyRefusal("git.committee.example.org", KEY_FINGERPRINT, false)), dialogs,
                problems, "host key", KEY_FINGERPRINT);
        look(d -> d.askLogin("https://git.committee.example.org:8443", "ingrid"), dialogs, problems, "sign-in", null);
        assertThat(problems).as("cut or outside a sync dialog in %s", language).isEmpty();
    }

    /**
     * known_hosts writes a server on another port as "[127.0.0.1]:18122"; in the Arabic dialog its brackets made it
     * "18122:[127.0.0.1]" (seen under Xvfb with a real sshd). The host reads as "127.0.0.1:18122", in its own order.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void aHostOnAnotherPortReadsInItsOwnOrder(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        FxSyncDialogs dialogs = new FxSyncDialogs(window.controller().document().messages(), window::stage);
        List<String> problems = new ArrayList<>();
        window.robot.interact(() -> Platform.runLater(() -> dialogs.acceptHostKey(
                new HostKeyRefusal("[127.0.0.1]:18122", KEY_FINGERPRINT, false))));
        window.waitFor(20, () -> pane() != null);
        window.waitFor(5, () -> true);
        DialogPane pane = pane();
        window.robot.interact(() -> problems.addAll(outOfOrder(pane, "127.0.0.1:18122")));
        window.robot.interact(() -> pane.getScene().getWindow().hide());
        window.waitFor(10, () -> pane() == null);
        assertThat(problems).as("the host in the %s host-key dialog", language).isEmpty();
    }

    /** @param fingerprint what the member compares with the administrator's: it must read in its own order */
    private void look(Consumer<FxSyncDialogs> open, FxSyncDialogs dialogs, List<String> problems, String which,
                      String fingerprint) throws Exception {
        // the dialog waits for an answer in a nested event loop: opened later, looked at, then closed
        window.robot.interact(() -> Platform.runLater(() -> open.accept(dialogs)));
        window.waitFor(20, () -> pane() != null);
        window.waitFor(5, () -> true);
        DialogPane pane = pane();
        window.robot.interact(() -> problems(pane).forEach(p -> problems.add(which + ": " + p)));
        if (fingerprint != null) {
            window.robot.interact(() -> outOfOrder(pane, fingerprint).forEach(p -> problems.add(which + ": " + p)));
        }
        window.robot.interact(() -> pane.getScene().getWindow().hide());
        window.waitFor(10, () -> pane() == null);
    }

    private static DialogPane pane() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .map(Scene::getRoot).filter(r -> r instanceof DialogPane).map(DialogPane.class::cast).findFirst()
                .orElse(null);
    }

    private static List<String> problems(DialogPane pane) {
        List<String> found = new ArrayList<>();
        Scene scene = pane.getScene();
        for (Node n : pane.lookupAll(".text")) {
            if (n instanceof Text t && visible(n) && n.getParent() instanceof Labeled labeled
                    && labeled.getText() != null && !labeled.getText().equals(t.getText())) {
                found.add("cut: \"" + labeled.getText() + "\" drawn as \"" + t.getText() + "\"");
            }
            // a word too long to wrap (a fingerprint) runs past its label and is clipped by the dialog
            if (n instanceof Text t && visible(n) && n.getParent() instanceof Labeled labeled
                    && t.getLayoutBounds().getWidth() > labeled.getWidth() + 0.5) {
                found.add("runs past: \"" + labeled.getText() + "\" " + t.getLayoutBounds().getWidth() + " px in "
                        + labeled.getWidth() + " px");
            }
        }
        for (Node n : pane.lookupAll("*")) {
            if (n instanceof Control && visible(n)) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                        || b.getMaxY() > scene.getHeight() + 0.5) {
                    found.add("outside: " + (n instanceof Labeled l ? "\"" + l.getText() + "\""
                            : n.getClass().getSimpleName()) + " at " + b + " in " + scene.getWidth() + " x "
                            + scene.getHeight());
                }
            }
        }
        return found;
    }

    /**
     * Each part of the fingerprint drawn left of the part after it, as the administrator reads it out. In an Arabic
     * paragraph the bidirectional algorithm drew "15:F6:AE:…" as "F6:AE:…:15": a true fingerprint looked false,
     * and the other way round.
     */
    private static List<String> outOfOrder(DialogPane pane, String fingerprint) {
        List<String> found = new ArrayList<>();
        String[] parts = fingerprint.split(":");
        for (int i = 0; i + 1 < parts.length; i++) {
            String pair = parts[i] + ":" + parts[i + 1];
            boolean seen = false;
            for (Node n : pane.lookupAll("*")) {
                if (n instanceof Text t && visible(t) && t.getText() != null && t.getText().contains(pair)) {
                    seen = true;
                    int at = t.getText().indexOf(pair);
                    double first = x(t, at);
                    double next = x(t, at + parts[i].length() + 1);
                    if (first >= next) {
                        found.add("\"" + parts[i] + "\" drawn right of \"" + parts[i + 1] + "\" in \"" + t.getText()
                                .replace("\n", " / ") + "\"");
                    }
                }
            }
            // a line of the fingerprint ends between these two: its lines are checked one by one
            if (!seen && !fingerprint.replaceAll("((?:[0-9A-Fa-f]{2}:){7}[0-9A-Fa-f]{2}):", "$1:\n")
                    .contains(parts[i] + ":\n")) {
                found.add("\"" + pair + "\" not drawn as one");
            }
        }
        return found;
    }

    // where the character at index starts on screen, left to right whatever the node's orientation
    private static double x(Text text, int index) {
        javafx.scene.shape.PathElement[] caret = text.caretShape(index, true);
        double local = caret.length > 0 && caret[0] instanceof javafx.scene.shape.MoveTo m ? m.getX() : Double.NaN;
        return text.localToScene(local, 0).getX();
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
