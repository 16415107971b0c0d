package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export dialog opened from the window at 1440 × 900, in each of the window's languages: every label,
 * check box and choice reads whole (none cut to "…") and lies inside the dialog. The second row of check boxes
 * was cut to "Compilation of p…", "Statu…" in English; the Russian "Показать изменения начиная с" touched its
 * drop-down.
 */
class ExportDialogRoomTest {
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
    @ValueSource(strings = {"en", "fr", "ru", "ar", "es", "zh-CN"})
    void everyControlOfTheExportDialogShowsInFull(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        window.atDefaultSize();
        window.robot.interact(() -> window.outline().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        window.waitFor(20, () -> pane() != null && pane().lookup("#export-target") != null);
        window.waitFor(5, () -> true);
        DialogPane pane = pane();
        List<String> problems = new ArrayList<>();
        window.robot.interact(() -> problems.addAll(problems(pane)));
        assertThat(problems).as("cut or outside the dialog in %s", language).isEmpty();
        window.robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private static DialogPane pane() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .map(Scene::getRoot).filter(r -> r instanceof DialogPane d && d.lookup("#export-target") != null)
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private static List<String> problems(DialogPane pane) {
        List<String> found = new ArrayList<>();
        Scene scene = pane.getScene();
        for (Node n : pane.lookupAll(".text")) {
            if (n instanceof Text t && visible(n) && n.getParent() instanceof Labeled labeled
                    && labeled.getText() != null && !labeled.getText().equals(t.getText())) {
                found.add("cut: \"" + labeled.getText() + "\" drawn as \"" + t.getText() + "\"");
            }
        }
        for (Node n : pane.lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Label label && visible(n) && label.getParent() instanceof GridPane grid
                    && GridPane.getColumnIndex(label) != null && GridPane.getColumnIndex(label) == 0) {
                Node words = label.lookup(".text");
                Bounds text = words.localToScene(words.getLayoutBounds());
                for (Node field : grid.getChildren()) {
                    if (field != label && java.util.Objects.equals(GridPane.getRowIndex(field),
                            GridPane.getRowIndex(label))) {
                        Bounds b = field.localToScene(field.getLayoutBounds());
                        double gap = Math.max(b.getMinX() - text.getMaxX(), text.getMinX() - b.getMaxX());
                        if (gap < 12) {
                            found.add("touches its field: \"" + label.getText() + "\" " + gap + " px from it");
                        }
                    }
                }
            }
        }
        for (Node n : pane.lookupAll(".text-field")) {
            if (n instanceof javafx.scene.control.TextField field && visible(n) && field.getPromptText() != null
                    && !field.getPromptText().isEmpty()) {
                Text prompt = new Text(field.getPromptText());
                prompt.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (room + 0.5 < prompt.getLayoutBounds().getWidth()) {
                    found.add("hint cut: \"" + field.getPromptText() + "\" in " + room + " px");
                }
            }
        }
        for (Node n : pane.lookupAll("*")) {
            if ((n instanceof Control) && visible(n)) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMinX() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5 || b.getMaxY() > scene.getHeight() + 0.5) {
                    found.add("outside: " + n.getId() + " " + describe(n) + " at " + b + " in " + scene.getWidth()
                            + " x " + scene.getHeight());
                }
            }
        }
        return found;
    }

    private static String describe(Node n) {
        return n instanceof Labeled l ? "\"" + l.getText() + "\"" : n.getClass().getSimpleName();
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
