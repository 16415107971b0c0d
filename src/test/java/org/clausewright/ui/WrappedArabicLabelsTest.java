package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label that wraps Arabic is drawn a word per text node: JavaFX 21 lays out a wrapped right-to-left line held in
 * one text node wrongly (its first line runs past the label and is cut off, words are lost or drawn twice; seen
 * under Xvfb in the Arabic New from template dialog). The headless platform does not show that drawing, so the
 * test checks the node structure that avoids it; the screenshots in the closing note show the drawing.
 */
class WrappedArabicLabelsTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theNewFromTemplateDialogDrawsItsWrappedArabicAWordPerTextNode() throws Exception {
        window = EditorWindow.openIn(temp, "ar");
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-new-from-template".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        window.waitFor(10, () -> window.robot.lookup("#template-list").tryQuery().isPresent());
        DialogPane pane = window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        try {
            List<Label> wrapped = new ArrayList<>();
            List<String> drawnWhole = new ArrayList<>();
            List<String> words = new ArrayList<>();
            walk(pane, true, false, wrapped, drawnWhole, words);

            assertThat(wrapped).as("the header and the four descriptions wrap Arabic").hasSizeGreaterThanOrEqualTo(5);
            assertThat(drawnWhole).as("wrapped Arabic drawn by a text node holding several words").isEmpty();
            String allText = String.join(" ", wrapped.stream().map(Label::getText).toList());
            assertThat(String.join("", words).replace(" ", ""))
                    .as("every word of the wrapped labels is drawn once")
                    .isEqualTo(allText.replace(" ", ""));
        } finally {
            window.robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        }
    }

    /**
     * The Import review preview's report was one text area: in the Arabic window its wrapped lines were cut off at the
     * right and lost letters (seen under Xvfb). Each line is now a label, drawn a word per node like the others.
     */
    @Test
    void theImportReviewReportDrawsItsArabicLinesAWordPerTextNode() throws Exception {
        Path review = temp.resolve("review-norway.docx");
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            java.nio.file.Files.write(review, in.readAllBytes());
        }
        window = EditorWindow.openIn(temp, "ar", (messages, owner) -> new ChosenFileDialogs(messages, owner, review));
        window.robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.I).release(javafx.scene.input.KeyCode.I,
                javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        window.waitFor(20, () -> window.robot.lookup("#import-run").tryQuery()
                .map(b -> !((javafx.scene.control.Button) b).isDisabled()).orElse(false));
        Node report = window.robot.lookup("#import-report").query();
        try {
            List<Label> wrapped = new ArrayList<>();
            List<String> drawnWhole = new ArrayList<>();
            List<String> words = new ArrayList<>();
            window.robot.interact(() -> report.getScene().getRoot().layout());
            walk(report, true, false, wrapped, drawnWhole, words);

            assertThat(wrapped).as("the report's Arabic lines are wrapping labels").hasSizeGreaterThanOrEqualTo(3);
            assertThat(drawnWhole).as("wrapped Arabic drawn by a text node holding several words").isEmpty();
        } finally {
            window.robot.interact(() -> ((javafx.scene.control.Button) window.robot.lookup("#import-cancel").query())
                    .fire());
        }
    }

    /** Collects the wrapped Arabic labels, the shown text nodes inside them holding more than one word, and the words. */
    private static void walk(Node node, boolean shown, boolean inWrapped, List<Label> wrapped, List<String> whole,
            List<String> words) {
        shown = shown && node.isVisible();
        if (node instanceof Label label && label.isWrapText() && rightToLeft(label.getText()) && shown) {
            wrapped.add(label);
            inWrapped = true;
        }
        if (node instanceof Text text && inWrapped && shown && !text.getText().isEmpty()) {
            words.add(text.getText());
            if (text.getText().trim().contains(" ")) {
                whole.add(text.getText());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, shown, inWrapped, wrapped, whole, words);
            }
        }
    }

    private static boolean rightToLeft(String text) {
        return text != null && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }
}
