package org.clausewright.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export… dialog as a member uses it: the watermark field is plainly empty, Enter after choosing a file
 * exports it, the dialog then says what it wrote with the file and its folder a click away, and the next
 * export starts from the same choices and folder.
 */
class ExportDialogScenarioTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EditorWindow window;

    @BeforeEach
    void open() throws Exception {
        window = EditorWindow.open(temp, (messages, owner) -> dialogs);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** A node of any window showing; looked up on the UI thread, where the waits ask. */
    private static javafx.scene.Node find(String id) {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing)
                .map(w -> w.getScene().lookup("#" + id)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private void openExport() throws Exception {
        window.robot.interact(() -> window.outline().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        window.waitFor(20, () -> find("export-target") != null);
    }

    @Test
    void chooseAFileEnterExportsAndTheDialogSaysWhatItWrote() throws Exception {
        openExport();
        TextField watermark = window.robot.lookup("#export-watermark").query();
        assertThat(watermark.getText()).isEmpty();
        assertThat(watermark.getPromptText()).isEqualTo(new Messages(java.util.Locale.ENGLISH).get("export.watermarkNone"));
        TextField target = window.robot.lookup("#export-target").query();
        assertThat(Path.of(target.getText())).isEqualTo(window.dir.toAbsolutePath().getParent()
                .resolve("model-code-draft.docx"));

        Path out = Files.createDirectories(temp.resolve("out"));
        dialogs.files.add(out.resolve("for-review"));
        window.robot.clickOn("#export-browse");
        assertThat(target.getText()).isEqualTo(out.resolve("for-review.docx").toString());
        window.robot.interact(() -> window.robot.lookup("#export-toc").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        window.robot.interact(() -> window.robot.lookup("#export-browse").queryButton().requestFocus());
        window.robot.clickOn("#export-browse");
        assertThat(dialogs.writeChooserOpenedAt).hasSize(2);
        assertThat(dialogs.writeChooserOpenedAt.get(1)).isEqualTo(out + "|for-review.docx");

        window.robot.type(KeyCode.ENTER);
        window.waitFor(60, () -> find("export-done") != null);
        assertThat(dialogs.writeChooserOpenedAt).hasSize(2);
        assertThat(out.resolve("for-review.docx")).exists();
        assertThat(window.robot.lookup("#export-done").queryAs(Label.class).getText())
                .contains("for-review.docx").contains("32 clauses");
        window.robot.clickOn("#export-open-file");
        window.robot.clickOn("#export-open-folder");
        assertThat(window.opened).containsExactly(out.resolve("for-review.docx"), out);
        window.robot.type(KeyCode.ESCAPE);
        window.waitFor(10, () -> find("export-done") == null);

        openExport();
        assertThat(window.robot.lookup("#export-target").queryAs(TextField.class).getText())
                .isEqualTo(out.resolve("model-code-draft.docx").toString());
        assertThat(window.robot.lookup("#export-toc").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isFalse();
        Button run = window.robot.lookup("#export-run").queryButton();
        assertThat(run.isDisabled()).isFalse();
    }
}
