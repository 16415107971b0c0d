package org.clausewright.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.clausewright.store.ProjectPaths;
import org.clausewright.ui.outline.OutlineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quitting while work runs in the background (an export, a recording, an import) waits for it, with a notice,
 * and saves the last words: the process never ends half way through a write, and nothing is lost.
 */
class QuitWaitsForWorkTest {
    @TempDir
    Path temp;
    private EditorWindow window;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        window.close();
    }

    /** Work that runs until the test lets it finish, then writes {@code file}. */
    private void startSlowWork(Path file) throws Exception {
        window.robot.interact(() -> window.controller().background().run("export", () -> {
            started.countDown();
            release.await();
            Files.writeString(file, "complete");
            return file;
        }, done -> { }, failed -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private String typeInClause11(String words) {
        TreeItem<OutlineRow> item = window.clauseItem("1.1");
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
        window.robot.clickOn("#clause-text").write(words);
        return item.getValue().id();
    }

    private Optional<DialogPane> finishingNotice() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().lookup("#finishing-work"))
                .filter(n -> n instanceof DialogPane).map(n -> (DialogPane) n).findFirst();
    }

    @Test
    void quitWaitsForTheWorkThenSavesAndLetsGo() throws Exception {
        Path exported = temp.resolve("export.docx");
        startSlowWork(exported);
        String clause = typeInClause11(" Added while exporting.");
        Stage stage = window.stage();

        window.robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        window.waitFor(10, () -> finishingNotice().isPresent());
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.dir.resolve(ProjectPaths.LOCK)).exists();
        assertThat(exported).doesNotExist();

        release.countDown();
        window.waitFor(20, () -> !stage.isShowing());
        assertThat(exported).hasContent("complete");
        assertThat(Files.readString(window.dir.resolve("clauses/" + clause + ".json"))).contains("Added while exporting.");
        assertThat(window.dir.resolve(ProjectPaths.LOCK)).doesNotExist();
        assertThat(finishingNotice()).isEmpty();
    }

    @Test
    void theMemberMayKeepTheWindowInstead() throws Exception {
        Path exported = temp.resolve("export.docx");
        startSlowWork(exported);
        Stage stage = window.stage();
        window.robot.interact(() -> window.controller().quit());
        window.waitFor(10, () -> finishingNotice().isPresent());
        DialogPane notice = finishingNotice().orElseThrow();
        Button keep = (Button) notice.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                .map(notice::lookupButton).orElseThrow();
        window.robot.clickOn(keep);
        window.waitFor(10, () -> finishingNotice().isEmpty());

        release.countDown();
        window.waitFor(20, () -> Files.exists(exported));
        window.waitFor(10, () -> window.controller().background().pendingProperty().get() == 0);
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.dir.resolve(ProjectPaths.LOCK)).exists();
        String clause = typeInClause11(" Still editing.");
        window.waitFor(20, () -> Files.readString(window.dir.resolve("clauses/" + clause + ".json"))
                .contains("Still editing."));
    }

}
