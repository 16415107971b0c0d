package org.clausewright.ui;

import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.clausewright.ui.outline.OutlineRow;
import org.clausewright.ui.review.ThreadRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The window in Arabic: it and its dialogs run right to left, the outline on the right; Arabic clause text is
 * typed, selected with the arrow keys and annotated; a change of language keeps the selected
 * clause, the splitters and the unsaved words. (The headless text engine does not join Arabic letters: the
 * screenshots in docs/images show the real window.)
 */
class ArabicWindowScenarioTest {
    private static final String WORDS = "ينبغي للعلماء حماية البيئة";
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private StyleClassedTextArea text() {
        return window.robot.lookup("#clause-text").query();
    }

    private double screenX(Node node) {
        return node.localToScreen(node.getLayoutBounds()).getMinX();
    }

    private void select(String number) {
        TreeItem<OutlineRow> item = window.clauseItem(number);
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    @Test
    void theWindowAndItsDialogsRunRightToLeft() throws Exception {
        window = EditorWindow.openIn(temp, "ar");
        assertThat(window.outline().getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(screenX(window.outline())).as("the outline on the right of the clause")
                .isGreaterThan(screenX(text()));
        List<String> menusRightToLeft = window.robot.lookup(".menu-bar .menu").queryAll().stream()
                .filter(Labeled.class::isInstance).sorted(Comparator.comparingDouble(this::screenX).reversed())
                .map(n -> ((Labeled) n).getText()).toList();
        Messages m = new Messages(java.util.Locale.forLanguageTag("ar"));
        assertThat(menusRightToLeft).startsWith(m.get("menu.file"), m.get("menu.edit"));
        List<Double> pointing = window.robot.lookup(".pointing-icon").queryAll().stream().map(Node::getScaleX).toList();
        assertThat(pointing).as("undo, redo, indent and outdent point the other way").containsExactly(-1.0, -1.0,
                -1.0, -1.0);

        window.robot.interact(() -> Platform.runLater(window.controller()::preferences));
        window.waitFor(10, () -> window.robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        window.robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire());

        EditorWindow.settings().setLanguage("en");
        window.robot.interact(() -> window.controller().preferencesChanged());
        assertThat(window.outline().getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(screenX(window.outline())).isLessThan(screenX(text()));
    }

    @Test
    void arabicWordsAreTypedSelectedAndAnnotated() throws Exception {
        window = EditorWindow.openIn(temp, "ar");
        select("1.1");
        window.robot.interact(() -> text().replaceText(""));
        window.robot.clickOn(text());
        window.robot.write(WORDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.controller().document().project().clause(selectedId()).orElseThrow().text())
                .isEqualTo(WORDS);
        // JavaFX 21 wraps a long Arabic run held in one text node wrongly: each word is a run of its own
        assertThat(text().getParagraph(0).getStyledSegments()).extracting(seg -> seg.getSegment())
                .containsExactly("ينبغي ", "للعلماء ", "حماية ", "البيئة");
        assertThat(MissingGlyphs.fromFallback(text())).as("the Arabic paragraph drawn in one font").isEmpty();

        // in a right-to-left paragraph the arrow pointing right goes back towards its first word
        window.robot.press(KeyCode.SHIFT);
        for (int i = 0; i < "البيئة".length(); i++) {
            window.robot.type(KeyCode.RIGHT);
        }
        window.robot.release(KeyCode.SHIFT);
        assertThat(text().getSelectedText()).isEqualTo("البيئة");
        window.robot.interact(() -> text().moveTo(0));
        window.robot.type(KeyCode.LEFT, 2);
        assertThat(text().getCaretPosition()).as("left goes on, towards the paragraph's end").isEqualTo(2);
        window.robot.type(KeyCode.RIGHT);
        assertThat(text().getCaretPosition()).isEqualTo(1);

        TextArea note = window.robot.lookup("#review-note").query();
        window.robot.interact(() -> {
            int start = WORDS.indexOf("حماية");
            text().selectRange(start, start + "حماية".length());
            note.setText("أي حماية؟");
        });
        window.robot.clickOn("#review-add");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<ThreadRow> threads = window.robot.lookup("#review-threads").query();
        assertThat(threads.getItems()).singleElement()
                .satisfies(row -> assertThat(row.thread().anchor().quote()).isEqualTo("حماية"));
    }

    @Test
    void controlAndTheArrowsMoveByWordsTheWayTheyPointInAnArabicParagraph() throws Exception {
        window = EditorWindow.openIn(temp, "ar");
        select("1.1");
        window.robot.interact(() -> text().replaceText(WORDS));
        window.robot.clickOn(text());
        window.robot.interact(() -> text().moveTo(WORDS.length()));
        // from the paragraph's end (its left), Ctrl+Shift+Right selects back over the last word
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT);
        window.robot.type(KeyCode.RIGHT);
        window.robot.release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(text().getSelectedText()).isEqualTo("البيئة");
        window.robot.interact(() -> text().moveTo(0));
        window.robot.press(KeyCode.CONTROL);
        window.robot.type(KeyCode.LEFT);
        window.robot.release(KeyCode.CONTROL);
        assertThat(text().getCaretPosition()).as("Ctrl+Left goes on, past the first word")
                .isEqualTo("ينبغي".length());
    }

    /**
     * A right-aligned Arabic line reads from the right: a click in the empty space on its left is a click past its
     * last word and puts the caret at the line's end (after the full stop drawn on the left, on a paragraph's last
     * line); a click right of it, at its start. In the clause text (two short paragraphs) and in the Arabic
     * translation of 1.1 beside its source, a paragraph wrapped over five lines.
     */
    @Test
    void aClickBesideARightAlignedArabicLinePutsTheCaretAtTheEndItIsNearest() throws Exception {
        window = EditorWindow.openIn(temp, "ar").atDefaultSize();
        select("1.1");
        String first = WORDS + ".";
        window.robot.interact(() -> text().replaceText(first + "\n" + "حماية البيئة"));
        clickBesideEveryLine(text());

        ComboBox<String> version = window.robot.lookup("#working-language").query();
        window.robot.interact(() -> version.setValue("ar"));
        window.waitFor(10, () -> window.robot.lookup("#translation-text").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        StyleClassedTextArea translation = window.robot.lookup("#translation-text").query();
        window.waitFor(5, () -> translation.getParagraphLinesCount(0) > 2);
        clickBesideEveryLine(translation);
    }

    /** Clicks left and right of every line of {@code area}, each time checking where the caret went. */
    private void clickBesideEveryLine(StyleClassedTextArea area) throws Exception {
        window.robot.clickOn(area);
        for (int[] line : lines(area)) {
            clickBeside(area, line[0], line[1], true);
            assertThat(area.getCaretPosition()).as("left of the line %s", java.util.Arrays.toString(line))
                    .isEqualTo(line[1]);
            clickBeside(area, line[0], line[1], false);
            assertThat(area.getCaretPosition()).as("right of the line %s", java.util.Arrays.toString(line))
                    .isEqualTo(line[0]);
        }
    }

    /**
     * The lines of {@code area} as drawn, top down: the offset of each one's first character, and the offset past its
     * last character but a space where it wraps.
     */
    private static List<int[]> lines(StyleClassedTextArea area) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.TreeMap<Long, int[]> lines = new java.util.TreeMap<>();
            String text = area.getText();
            for (int c = 0; c < text.length(); c++) {
                if (text.charAt(c) == '\n') {
                    continue;
                }
                long y = Math.round(area.getCharacterBoundsOnScreen(c, c + 1).orElseThrow().getCenterY());
                int[] line = lines.computeIfAbsent(y, k -> new int[] {Integer.MAX_VALUE, 0});
                line[0] = Math.min(line[0], c);
                boolean lastOfParagraph = c + 1 == text.length() || text.charAt(c + 1) == '\n';
                if (!Character.isWhitespace(text.charAt(c)) || lastOfParagraph) {
                    line[1] = Math.max(line[1], c + 1);
                }
            }
            return List.copyOf(lines.values());
        }).get();
    }

    /** Clicks in the empty space left of the drawn line {@code [start, end)} of {@code area}, or right of it. */
    private void clickBeside(StyleClassedTextArea area, int start, int end, boolean left) throws Exception {
        javafx.geometry.Point2D point = WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds box = area.localToScreen(area.getLayoutBounds());
            javafx.geometry.Bounds line = area.getCharacterBoundsOnScreen(start, end).orElseThrow();
            double x = left ? (box.getMinX() + line.getMinX()) / 2 : (line.getMaxX() + box.getMaxX()) / 2;
            assertThat(left ? line.getMinX() - x : x - line.getMaxX()).as("room beside the line").isGreaterThan(1);
            return new javafx.geometry.Point2D(x, line.getCenterY());
        }).get();
        window.robot.clickOn(point);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void changingTheLanguageKeepsTheClauseTheSplittersAndUnsavedWords() throws Exception {
        window = EditorWindow.openIn(temp, "en");
        select("3.1");
        String selected = selectedId();
        SplitPane split = window.robot.lookup("#main-split").query();
        window.robot.interact(() -> split.setDividerPositions(0.26, 0.7));
        window.robot.interact(() -> text().appendText(" " + WORDS));
        String typed = text().getText();
        window.robot.interact(() -> text().selectRange(3, 12));
        try {
            EditorWindow.settings().setLanguage("ar");
            window.robot.interact(() -> window.controller().preferencesChanged());
            assertThat(selectedId()).isEqualTo(selected);
            assertThat(text().getText()).isEqualTo(typed);
            SplitPane after = window.robot.lookup("#main-split").query();
            assertThat(after.getDividerPositions()[0]).isCloseTo(0.26, within(0.01));
            assertThat(after.getDividerPositions()[1]).isCloseTo(0.7, within(0.01));
            // the words typed before the change are still one step to undo
            window.robot.interact(() -> window.controller().document().undo());
            assertThat(text().getText()).doesNotContain(WORDS);
        } finally {
            EditorWindow.settings();
        }
    }

    private String selectedId() {
        TreeItem<OutlineRow> item = window.outline().getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().id();
    }
}
