package org.clausewright.ui;

import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.clausewright.store.ProjectPaths;
import org.clausewright.ui.outline.OutlineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing the window never drops unsaved words without asking, and always lets go of the lock. */
class CloseWindowTest {
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aFailedLastSaveKeepsTheWindowOpenUnlessTheMemberChoosesToLoseTheChanges() throws Exception {
        window = EditorWindow.open(temp, (messages, owner) -> dialogs);
        // the disk stops accepting clause files: the next save fails
        Path clauses = window.dir.resolve(ProjectPaths.CLAUSES);
        try (Stream<Path> files = Files.walk(clauses)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(clauses, "not a folder");

        TreeItem<OutlineRow> item = window.clauseItem("1.1");
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
        window.robot.clickOn("#clause-text").write(" Added.");
        window.waitFor(10, () -> !dialogs.errors.isEmpty());

        Stage stage = window.stage();
        dialogs.confirmAnswer = false;
        window.robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        // the last save runs on the worker, after any work in progress
        window.waitFor(10, () -> dialogs.confirmations.size() == 1);
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.dir.resolve(ProjectPaths.LOCK)).exists();

        dialogs.confirmAnswer = true;
        window.robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        window.waitFor(10, () -> dialogs.confirmations.size() == 2);
        window.waitFor(10, () -> !stage.isShowing());
        assertThat(window.dir.resolve(ProjectPaths.LOCK)).doesNotExist();
    }
}
