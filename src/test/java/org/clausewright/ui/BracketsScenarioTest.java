package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import org.clausewright.ui.outline.OutlineRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A bracket typed without its partner is marked in the text and named under it, in the real window. */
class BracketsScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
        TreeItem<OutlineRow> item = window.clauseItem("1.1");
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aStrayBracketIsMarkedAndNamedUntilItIsClosed() {
        StyleClassedTextArea text = window.robot.lookup("#clause-text").query();
        Label warning = window.robot.lookup("#clause-bracket-warning").query();
        assertThat(warning.isVisible()).isFalse();
        int at = text.getText().indexOf("human life");
        window.robot.interact(() -> text.insertText(at, "["));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text.getText()).contains("[human life");
        assertThat(text.getStyleOfChar(at)).contains("bracket-unbalanced");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("Unbalanced brackets, marked in red: The “[” before “human life and” "
                + "is never closed.");

        int close = text.getText().indexOf("human life") + "human life".length();
        window.robot.interact(() -> text.insertText(close, "]"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getStyleOfChar(at)).doesNotContain("bracket-unbalanced").contains("bracket");
        assertThat(warning.isVisible()).isFalse();
    }
}
