package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clausewright.ui.outline.OutlineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Where the cursor and the selection go: a new clause is named at once, undoing it lands on the clause it was
 * added after, and the selection and the splitters are where the member left them after a restart or a change
 * of language.
 */
class FocusAndSelectionTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void open() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private void select(String number) {
        TreeItem<OutlineRow> item = window.clauseItem(number);
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    private String selectedId() {
        TreeItem<OutlineRow> item = window.outline().getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().id();
    }

    private SplitPane split() {
        return window.robot.lookup("#main-split").query();
    }

    private Node focused() {
        return window.stage().getScene().getFocusOwner();
    }

    @Test
    void ctrlNPutsTheCursorInTheNewClausesHeading() {
        select("1.1");
        window.robot.interact(() -> window.outline().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TextField heading = window.robot.lookup("#clause-heading").query();
        assertThat(focused()).isSameAs(heading);
        assertThat(heading.getSelectedText()).isEqualTo("New clause");
        window.robot.write("Duty to disclose");
        assertThat(heading.getText()).isEqualTo("Duty to disclose");
        assertThat(window.clauseItem("1.2").getValue().title()).isEqualTo("Duty to disclose");
    }

    @Test
    void undoingAnAddedClauseSelectsTheClauseItWasAddedAfter() {
        select("1.1");
        String before = selectedId();
        window.robot.interact(() -> window.outline().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedId()).isNotEqualTo(before);

        window.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedId()).isEqualTo(before);
        assertThat(window.robot.lookup("#clause-number").queryAs(Label.class).getText()).isEqualTo("1.1");
    }

    @Test
    void selectionAndSplittersAreAsLeftAfterARestart() throws Exception {
        select("2.3");
        String selected = selectedId();
        window.robot.interact(() -> split().setDividerPositions(0.22, 0.68));
        Stage stage = window.stage();
        window.robot.interact(() -> window.controller().quit());
        window.waitFor(20, () -> !stage.isShowing());
        window.close();

        window = EditorWindow.reopen(window.dir, FxDialogs::new);
        assertThat(selectedId()).isEqualTo(selected);
        assertThat(split().getDividerPositions()[0]).isCloseTo(0.22, within(0.01));
        assertThat(split().getDividerPositions()[1]).isCloseTo(0.68, within(0.01));
    }

    @Test
    void selectionAndSplittersStayWhenTheLanguageChanges() throws Exception {
        select("3.1");
        String selected = selectedId();
        window.robot.interact(() -> split().setDividerPositions(0.27, 0.71));
        try {
            EditorWindow.settings().setLanguage("fr");
            window.robot.interact(() -> window.controller().preferencesChanged());
            assertThat(window.robot.lookup("#tab-outline-title").queryAs(Label.class).getText())
                    .isEqualTo(new Messages(java.util.Locale.FRENCH).get("tab.outline"));
            assertThat(selectedId()).isEqualTo(selected);
            assertThat(split().getDividerPositions()[0]).isCloseTo(0.27, within(0.01));
            assertThat(split().getDividerPositions()[1]).isCloseTo(0.71, within(0.01));
        } finally {
            EditorWindow.settings();
        }
    }
}
