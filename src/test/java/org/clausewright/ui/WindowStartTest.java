package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way to the first frame does only what that frame shows: a project read while JavaFX started is shown at
 * once (no "Opening…" frame first), and the tabs nobody looks at yet are built when first shown.
 */
class WindowStartTest {
    @TempDir
    Path temp;
    private final Preferences node = Preferences.userRoot().node("org/clausewright-tests/start-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private AppController controller;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (controller != null) {
            FxToolkit.setupFixture(controller::shutdown);
        }
        if (window != null) {
            window.close();
        }
        FxToolkit.cleanupStages();
        node.removeNode();
    }

    @Test
    void aProjectAlreadyReadIsTheFirstThingTheWindowShows() throws Exception {
        Path dir = sample();
        Settings settings = memberSettings();
        Notices notices = new Notices();
        ProjectSession session = AppController.openSession(dir, "Test Member", notices);
        // what the opening repaired before the window existed (a git lock left by a crash, say) is shown in it
        notices.accept("Removed a lock left by a program that stopped");
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<Object> firstRoot = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            controller = new AppController(stage, settings, path -> { });
            controller.start(dir, CompletableFuture.completedFuture(session), notices);
            firstRoot.set(stage.getScene().getRoot());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getScene().getRoot()).isSameAs(firstRoot.get());
        assertThat(robot.lookup("#outline").tryQuery()).isPresent();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).noneMatch(l -> l.getText() != null
                && l.getText().startsWith("Opening"));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> noticeText().isPresent());
        assertThat(noticeText()).contains("Removed a lock left by a program that stopped");
    }

    /**
     * JavaFX up before the project is read (it starts beside the command line's parsing): the window says
     * "Opening…", and its title names the project only once the draft is laid out in it — the title is what
     * tells a member, and the start-up benchmark, that the window is ready.
     */
    @Test
    void aProjectReadAfterTheWindowShowsNamesItInTheTitleOnceTheDraftIsLaidOut() throws Exception {
        Path dir = sample();
        Settings settings = memberSettings();
        Notices notices = new Notices();
        CompletableFuture<ProjectSession> reading = new CompletableFuture<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<String> draftWhenTitled = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            controller = new AppController(stage, settings, path -> { });
            controller.start(dir, reading, notices);
            stage.titleProperty().addListener((property, was, title) -> {
                if (title.startsWith("Clausewright — ") && draftWhenTitled.get() == null) {
                    javafx.scene.Node outline = stage.getScene().lookup("#outline");
                    draftWhenTitled.set(outline == null ? "no outline"
                            : outline.getLayoutBounds().getWidth() > 0 ? "laid out" : "not laid out");
                }
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Clausewright");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).anyMatch(l -> l.getText() != null
                && l.getText().startsWith("Opening"));

        reading.complete(AppController.openSession(dir, "Test Member", notices));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> draftWhenTitled.get() != null);
        assertThat(draftWhenTitled.get()).isEqualTo("laid out");
        assertThat(stage.getTitle()).isEqualTo("Clausewright — Model Code of Conduct for Biological Scientists");
    }

    @Test
    void theLibraryAndHistoryAreBuiltWhenFirstShown() throws Exception {
        window = EditorWindow.open(temp);
        assertThat(robot.lookup("#library").tryQuery()).isEmpty();
        assertThat(robot.lookup("#history").tryQuery()).isEmpty();

        TabPane tabs = robot.lookup("#left-tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(robot.lookup("#library").tryQuery()).isPresent();
        assertThat(robot.lookup("#library-table").tryQuery()).isPresent();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        window.waitFor(10, () -> robot.lookup("#history-versions").tryQuery().isPresent());
    }

    /** A copy of the sample in the test's folder. */
    private Path sample() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        return dir;
    }

    /** The test's own preferences, with the member known and the window in English. */
    private Settings memberSettings() {
        Settings settings = new Settings(node);
        settings.setMember("Test Member", "TM");
        settings.setLanguage("en");
        return settings;
    }

    /** The text of the notice shown in the window's notice strip, if any. */
    private static java.util.Optional<String> noticeText() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".notice-text").stream())
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank()).findFirst();
    }
}
