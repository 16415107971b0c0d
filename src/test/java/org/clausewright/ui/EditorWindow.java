package org.clausewright.ui;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.app.BundledSample;
import org.clausewright.app.Settings;
import org.clausewright.ui.outline.OutlineRow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

/** The real window on a fresh copy of the sample, driven headless; the member is already known. */
public final class EditorWindow {
    public final FxRobot robot = new FxRobot();
    /** What the window asked the system to open (an exported file, its folder). */
    public final java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final Path dir;
    private AppController controller;

    private EditorWindow(Path dir) {
        this.dir = dir;
    }

    public static EditorWindow open(Path temp) throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        freshSettings();
        return openOn(dir);
    }

    /** The window on a copy of the sample, with dialogs made by {@code dialogs} (to answer a file chooser). */
    public static EditorWindow open(Path temp, BiFunction<Messages, Supplier<Window>, Dialogs> dialogs)
            throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        freshSettings();
        return reopen(dir, dialogs);
    }

    /** The window again on {@code dir}, as after a restart: the preferences are kept as the last window left them. */
    public static EditorWindow reopen(Path dir, BiFunction<Messages, Supplier<Window>, Dialogs> dialogs)
            throws Exception {
        return reopen(dir, dialogs, settings());
    }

    /** The window on a copy of the sample in {@code language} (a tag of {@link Languages#TAGS}). */
    public static EditorWindow openIn(Path temp, String language) throws Exception {
        return openIn(temp, language, FxDialogs::new);
    }

    /** As {@link #openIn(Path, String)}, with dialogs made by {@code dialogs} (to answer a file chooser). */
    public static EditorWindow openIn(Path temp, String language,
                                      BiFunction<Messages, Supplier<Window>, Dialogs> dialogs) throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        freshSettings();
        Settings settings = settings();
        settings.setLanguage(language);
        return reopen(dir, dialogs, settings);
    }

    private static EditorWindow reopen(Path dir, BiFunction<Messages, Supplier<Window>, Dialogs> dialogs,
                                       Settings settings) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        EditorWindow window = new EditorWindow(dir);
        FxToolkit.setupFixture(() -> {
            window.controller = new AppController(stage, settings, window.opened::add, dialogs);
            window.controller.start(dir);
        });
        window.waitFor(20, () -> window.robot.lookup("#outline").tryQuery().isPresent());
        return window;
    }

    /** The window on {@code dir} with sync's dialogs, home and git given by the test. */
    public static EditorWindow openForSync(Path dir, BiFunction<Messages, Supplier<Window>, Dialogs> dialogs,
                                           org.clausewright.ui.sync.SyncSetup sync) throws Exception {
        freshSettings();
        Settings settings = settings();
        Stage stage = FxToolkit.registerPrimaryStage();
        EditorWindow window = new EditorWindow(dir);
        FxToolkit.setupFixture(() -> {
            window.controller = new AppController(stage, settings, window.opened::add, dialogs, sync);
            window.controller.start(dir);
        });
        window.waitFor(20, () -> window.robot.lookup("#outline").tryQuery().isPresent());
        return window;
    }

    /** The tests' preferences: a known member, English; the splitters a test moved are not another's concern. */
    static Settings settings() {
        Settings settings = new Settings(Preferences.userRoot().node(
                System.getProperty("clausewright.preferences", "org/clausewright-tests")));
        settings.setMember("Test Member", "TM");
        settings.setLanguage("en");
        return settings;
    }

    /**
     * As {@link #settings()}, with nothing left by an earlier window or an earlier run of the tests: the node
     * lives in the user's preferences, so a window size saved on another screen would otherwise come back.
     */
    static Settings freshSettings() {
        try {
            // its keys only: other tests keep nodes of their own below it
            Preferences.userRoot().node(System.getProperty("clausewright.preferences", "org/clausewright-tests"))
                    .clear();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException("could not clear the tests' preferences", e);
        }
        return settings();
    }

    /** The window as the application opens it: the project is read while the window is being made. */
    public static EditorWindow openOn(Path dir) throws Exception {
        return openOn(dir, null);
    }

    /** As {@link #openOn(Path)}, the window in {@code language} (a tag of {@link Languages#TAGS}; null: as set). */
    public static EditorWindow openOn(Path dir, String language) throws Exception {
        Settings settings = settings();
        if (language != null) {
            settings.setLanguage(language);
        }
        FxToolkit.registerPrimaryStage();
        EditorWindow window = new EditorWindow(dir);
        FxToolkit.setupFixture(() -> {
            window.controller = DesktopApp.startedOn(dir, settings);
        });
        window.waitFor(20, () -> window.robot.lookup("#outline").tryQuery().isPresent());
        return window;
    }

    /** The controller of a window opened with {@link #open(Path, BiFunction)}. */
    AppController controller() {
        return controller;
    }

    public void close() throws Exception {
        if (controller != null) {
            FxToolkit.setupFixture(controller::shutdown);
        }
        FxToolkit.cleanupStages();
    }

    /** The window at the size the room tests judge by, 1440 × 900 (a common laptop screen); returns it. */
    public EditorWindow atDefaultSize() {
        robot.interact(() -> {
            stage().setWidth(1440);
            stage().setHeight(900);
        });
        return this;
    }

    public Stage stage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .filter(w -> ((Stage) w).getTitle() != null && ((Stage) w).getTitle().startsWith("Clausewright"))
                .findFirst().orElseThrow();
    }

    public TreeView<OutlineRow> outline() {
        return robot.lookup("#outline").query();
    }

    /** The tree item of the clause numbered {@code number}. */
    public TreeItem<OutlineRow> clauseItem(String number) {
        return find(outline().getRoot(), number);
    }

    private static TreeItem<OutlineRow> find(TreeItem<OutlineRow> item, String number) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (child.getValue().kind() == OutlineRow.Kind.CLAUSE && child.getValue().number().equals(number)) {
                return child;
            }
            TreeItem<OutlineRow> found = find(child, number);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Waits until the condition holds, asking it on the FX thread: a lookup from the test thread while the
     * scene changes (a dialog closing) can fail half way through the scene graph.
     */
    public void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
