package org.clausewright.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.ProjectTemplates;
import org.clausewright.app.Projects;
import org.clausewright.app.Settings;
import org.clausewright.app.Workspace;
import org.clausewright.ui.export.ExportDialog;
import org.clausewright.ui.reviewimport.ReviewImportDialog;
import org.clausewright.ui.window.MainWindow;
import org.clausewright.ui.window.WindowActions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One window and the project open in it: opening (in the background), switching projects, preferences,
 * theme and language, and remembering the window's size.
 */
final class AppController implements WindowActions {
    private final Stage stage;
    private final Settings settings;
    private final java.util.function.Consumer<Path> opener;
    private final BiFunction<Messages, Supplier<Window>, Dialogs> dialogsFactory;
    private final FxBackground background;
    private final StartupLog log;
    private org.clausewright.ui.sync.SyncSetup sync = org.clausewright.ui.sync.SyncSetup.system();
    private Messages messages;
    private ProjectSession session;
    private MainWindow window;
    private Path windowDir;
    private ProjectViewModel document;
    private boolean quitting;
    private Runnable afterFirstFrame = () -> { };
    private Notices notices = new Notices();
    private final WindowLanguage look;

    /** {@code opener} shows a file or folder with the system's program (the export's notification uses it). */
    AppController(Stage stage, Settings settings, java.util.function.Consumer<Path> opener) {
        this(stage, settings, opener, FxDialogs::new);
    }

    /** {@code dialogsFactory} makes the window's dialogs in the current language (tests answer some of them). */
    AppController(Stage stage, Settings settings, java.util.function.Consumer<Path> opener,
                  BiFunction<Messages, Supplier<Window>, Dialogs> dialogsFactory) {
        this(stage, settings, opener, dialogsFactory, new FxBackground(), StartupLog.off());
    }

    /** As above, with sync's dialogs, home and git given (tests: a home of their own, dialogs they answer). */
    AppController(Stage stage, Settings settings, java.util.function.Consumer<Path> opener,
                  BiFunction<Messages, Supplier<Window>, Dialogs> dialogsFactory,
                  org.clausewright.ui.sync.SyncSetup sync) {
        this(stage, settings, opener, dialogsFactory);
        this.sync = sync;
    }

    /** {@code background} may already be reading the first project; {@code log} times the way to the first frame. */
    AppController(Stage stage, Settings settings, java.util.function.Consumer<Path> opener,
                  BiFunction<Messages, Supplier<Window>, Dialogs> dialogsFactory, FxBackground background,
                  StartupLog log) {
        this.background = background;
        this.log = log;
        this.stage = stage;
        this.dialogsFactory = dialogsFactory;
        this.opener = opener;
        this.settings = settings;
        this.messages = new Messages(Languages.locale(settings.language()));
        this.look = new WindowLanguage(stage);
    }

    /**
     * Opens the window on {@code dir}; the first time, after asking the member's name (no window sits empty
     * behind the question, and the lock on the project names the member).
     */
    void start(Path dir) {
        start(dir, null);
    }

    /**
     * As {@link #start(Path)}, with the project perhaps already being opened by {@code opening}, which tells
     * {@code early} what it repaired.
     */
    void start(Path dir, CompletableFuture<ProjectSession> opening, Notices early) {
        notices = early;
        start(dir, opening);
    }

    private void start(Path dir, CompletableFuture<ProjectSession> opening) {
        Themes.useForControls(settings.theme());
        look.use(messages.locale());
        if (settings.memberName().isPresent()) {
            showWindow(dir, opening);
            return;
        }
        MemberPrompt.ask(messages, settings.theme(), look, settings, accepted -> {
            if (accepted) {
                showWindow(dir, null);
            } else {
                background.close();
            }
        });
    }

    /** The project in {@code dir} (null: the last one, or a fresh copy of the sample), opened for {@code member}. */
    static ProjectSession openSession(Path dir, String member, Notices notices) throws Exception {
        Workspace workspace = Workspace.forUser();
        Path target = dir == null ? workspace.lastOrSample() : dir;
        ProjectSession opened = ProjectSession.open(target, member, notices);
        workspace.remember(opened.dir());
        return opened;
    }

    /**
     * The window. When the project is already read (it was read while JavaFX started) its first frame is the
     * draft; otherwise it says "Opening…" until the project is there.
     */
    private void showWindow(Path dir, CompletableFuture<ProjectSession> opening) {
        CompletableFuture<ProjectSession> reading = opening != null ? opening
                : background.submit(() -> openSession(dir, member(), notices));
        double[] b = WindowPlacement.fit(settings.windowBounds().orElseGet(AppController::firstBounds), screens());
        stage.titleProperty().unbind();
        if (reading.isDone() && !reading.isCompletedExceptionally()) {
            session = reading.join();
            settings.addRecent(session.dir());
            stage.setScene(new Scene(build(), b[2], b[3]));
        } else {
            stage.setScene(new Scene(new StackPane(new Label(messages.format("app.opening", dir == null ? "" : dir))),
                    b[2], b[3]));
            background.follow(reading, this::show, error -> showFailure(dir, error));
        }
        stage.setX(b[0]);
        stage.setY(b[1]);
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(AppIcon.images());
        }
        Themes.apply(settings.theme(), stage.getScene());
        // in its language before it is shown, so the first frame styles its nodes once (WindowLanguage.applyTo)
        look.applyTo(stage.getScene());
        if (session == null) {
            stage.setTitle("Clausewright");
        }
        // closing the window is quitting: it first waits for the work in progress and the last save
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        logFirstLayout();
        stage.show();
        log.step("window shown");
    }

    /**
     * The first time, the window takes the screen's free area (up to 1600 × 1000, centred beyond that): the
     * outline, the clause and its review all need the room, and 1440 × 900 is a common laptop screen.
     */
    /** The screens' usable areas, the primary screen's first. */
    private static List<javafx.geometry.Rectangle2D> screens() {
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        List<javafx.geometry.Rectangle2D> screens = new java.util.ArrayList<>(List.of(primary.getVisualBounds()));
        javafx.stage.Screen.getScreens().stream().filter(s -> !s.equals(primary))
                .forEach(s -> screens.add(s.getVisualBounds()));
        return screens;
    }

    private static double[] firstBounds() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(screen.getWidth(), 1600);
        double height = Math.min(screen.getHeight(), 1000);
        return new double[] {screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height};
    }

    private void logFirstLayout() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (window != null) {
                log.step("draft laid out");
                log.threads();
                stage.getScene().removePostLayoutPulseListener(once[0]);
                // after this pulse's rendering
                javafx.application.Platform.runLater(afterFirstFrame);
            }
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    /** {@code action} runs once, after the next layout of the window's scene. */
    private void afterNextLayout(Runnable action) {
        javafx.scene.Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** {@code action} runs once the draft has been laid out for its first frame (the window's rehearsal). */
    void afterFirstFrame(Runnable action) {
        afterFirstFrame = action;
    }

    Stage stage() {
        return stage;
    }

    /** Opens {@code dir} (null: the last project, or the sample the first time) off the UI thread. */
    void open(Path dir) {
        if (session != null && dir != null && dir.toAbsolutePath().normalize().equals(session.dir())) {
            // already open here: opening it again would find our own lock and give a read-only copy
            return;
        }
        String member = member();
        background.run("open", () -> openSession(dir, member, notices), opened -> {
            try {
                show(opened);
            } catch (RuntimeException e) {
                showFailure(dir, e);
            }
        }, error -> showFailure(dir, error));
    }

    private void showFailure(Path dir, Throwable error) {
        if (window == null) {
            stage.getScene().setRoot(new StackPane(ErrorPane.of(messages,
                    messages.format("app.openFailed", dir == null ? "" : dir), error)));
        } else {
            dialogs().showError(messages.format("app.openFailed", dir == null ? "" : dir), error);
        }
    }

    private void show(ProjectSession opened) {
        if (quitting) {
            // read while the member quit: let go of it at once
            release(opened);
            return;
        }
        closeProject("switch", () -> {
            session = opened;
            settings.addRecent(opened.dir());
            rebuild();
            tellOfNewerContent(opened);
        }, () -> {
            try {
                opened.close();
            } catch (IOException e) {
                dialogs().showError(messages.format("lock.releaseFailed", opened.dir()), e);
            }
        });
    }

    /** Once per opening: the project holds what a newer Clausewright wrote, which is kept but not understood. */
    private void tellOfNewerContent(ProjectSession opened) {
        if (!opened.keptFromNewer().isEmpty()) {
            dialogs().notify(messages.format("project.newerContent", opened.keptFromNewer().size(),
                    opened.keptFromNewer().get(0)));
        }
    }

    /** Builds the window afresh for the open project (after a change of language, too). */
    private void rebuild() {
        stage.getScene().setRoot(build());
        Themes.apply(settings.theme(), stage.getScene());
    }

    private Parent build() {
        if (document != null) {
            document.detach();
        }
        if (window != null) {
            // the window being replaced stops saving and watching: the new one does both
            window.close();
        }
        log.step("building the window");
        MainWindow.Layout layout = layoutFor(session);
        document = new ProjectViewModel(session, messages, dialogs(), background, member());
        ProjectViewModel shown = document;
        window = new MainWindow(document, this, settings.theme(), new ExportDialog(stage, opener, settings),
                new ReviewImportDialog(stage), layout, sync.dialogs().apply(messages, () -> stage),
                sync.home(), sync.git(), sync.agentSocket());
        windowDir = session.dir();
        Runnable title = () -> stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("app.title", shown.project().info().title()), shown.projectProperty()));
        if (stage.isShowing()) {
            // the window already shows ("Opening…": JavaFX was up before the project was read): its title names
            // the project once the draft is laid out in it, not while the draft is still being styled
            afterNextLayout(title);
        } else {
            title.run();
        }
        log.step("window built");
        // always later, even from the UI thread: a notice needs the window built and shown to appear in
        notices.showIn(notice -> javafx.application.Platform.runLater(() -> dialogs().notify(notice)));
        return window.root();
    }

    /**
     * The splitters and selection the window on {@code opened} starts with: as they are when the window is
     * rebuilt on the same project (a change of language), else as remembered from the last time.
     */
    private MainWindow.Layout layoutFor(ProjectSession opened) {
        List<Double> dividers = window != null ? window.layout().dividers() : settings.dividers();
        String selected = window != null && opened.dir().equals(windowDir) ? window.layout().selected()
                : settings.selection(opened.dir()).orElse(null);
        String language = window != null && opened.dir().equals(windowDir) ? window.layout().language()
                : settings.projectValue(opened.dir(), org.clausewright.app.ProjectChoice.WORKING_LANGUAGE).orElse("");
        return new MainWindow.Layout(dividers, selected, language);
    }

    /** Keeps the window's splitters and the project's selection for the next time. */
    private void rememberLayout(ProjectSession closing) {
        if (window != null && closing.dir().equals(windowDir)) {
            MainWindow.Layout layout = window.layout();
            settings.setDividers(layout.dividers());
            settings.setSelection(closing.dir(), layout.selected());
            settings.setProjectValue(closing.dir(), org.clausewright.app.ProjectChoice.WORKING_LANGUAGE,
                    layout.language().isEmpty() ? null : layout.language());
        }
    }

    private Dialogs dialogs() {
        return dialogsFactory.apply(messages, () -> stage);
    }

    private String member() {
        return settings.memberName().orElse(org.clausewright.app.UserName.current());
    }

    @Override
    public void newProject() {
        dialogs().chooseFolder(messages.get("menu.newProject")).ifPresent(dir ->
                dialogs().askText(messages.get("menu.newProject"), messages.get("project.titlePrompt"), "")
                        .ifPresent(title -> background.run("create", () -> Projects.create(dir, title, member()),
                                created -> open(dir),
                                error -> dialogs().showError(messages.get("project.createFailed"), error))));
    }

    @Override
    public void newProjectFromTemplate() {
        ProjectTemplates templates;
        try {
            templates = ProjectTemplates.bundled();
        } catch (IOException e) {
            dialogs().showError(messages.get("project.createFailed"), e);
            return;
        }
        dialogs().chooseTemplate(templates.all()).ifPresent(template ->
                dialogs().chooseFolder(messages.get("menu.newFromTemplate")).ifPresent(dir ->
                        background.run("create", () -> templates.install(dir, template, null, member()),
                                created -> open(dir),
                                error -> dialogs().showError(messages.get("project.createFailed"), error))));
    }

    @Override
    public void openProject() {
        dialogs().chooseFolder(messages.get("menu.open")).ifPresent(this::open);
    }

    @Override
    public void openRecent(Path dir) {
        open(dir);
    }

    @Override
    public List<Path> recentProjects() {
        return settings.recentProjects();
    }

    @Override
    public void preferences() {
        PreferencesDialog.show(messages, stage, settings, look.fonts()).ifPresent(changed -> preferencesChanged());
    }

    /** After the preferences changed: the window again in the chosen language, arranged as it was. */
    void preferencesChanged() {
        messages = new Messages(Languages.locale(settings.language()));
        look.use(messages.locale());
        if (session != null) {
            rebuild();
        }
    }

    @Override
    public void setTheme(String theme) {
        settings.setTheme(theme);
        Themes.apply(theme, stage.getScene());
    }

    @Override
    public void quit() {
        if (stage.isShowing()) {
            settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
        closeProject("quit", () -> {
            quitting = true;
            stage.close();
            background.close();
        }, () -> { });
    }

    /** The worker that runs this window's slow work (tests give it work that outlasts a quit). */
    FxBackground background() {
        return background;
    }

    /** When the application is told to stop: whatever is still open is saved and let go of at once. */
    void shutdown() {
        if (window != null) {
            window.close();
        }
        // a save already running on the worker ends before the last one, and none comes after it (one written
        // after the folder was let go of landed in a folder being deleted)
        background.closeAndWait();
        if (session != null) {
            rememberLayout(session);
            try {
                session.save();
            } catch (IOException e) {
                dialogs().showError(messages.get("save.failed"), e);
            }
            release(session);
        }
    }

    /**
     * Lets go of the open project, then runs {@code closed}: first the work in progress ends (a save, a
     * recording, an export, an import: the worker runs them in order) and the last changes are saved, with a
     * notice if that takes a moment. The member may keep the window instead ({@code kept} runs, nothing is
     * closed), and decides when the last changes cannot be written: keep the project open or lose them.
     */
    private void closeProject(String action, Runnable closed, Runnable kept) {
        if (session == null) {
            closed.run();
            return;
        }
        finishAndClose(session, FinishingWork.start(messages, stage, action), closed, kept);
    }

    private void finishAndClose(ProjectSession closing, FinishingWork waiting, Runnable closed, Runnable kept) {
        background.run("save", closing::save, written -> background.whenIdle(() -> {
            if (waiting.keptOpen() || closing != session) {
                kept.run();
            } else if (closing.hasUnsavedChanges()) {
                // edited while the notice was not yet up: those words are saved too
                finishAndClose(closing, waiting, closed, kept);
            } else {
                waiting.finished();
                rememberLayout(closing);
                release(closing);
                closed.run();
            }
        }), error -> {
            waiting.finished();
            if (waiting.keptOpen() || closing != session || !dialogs().confirm(messages.get("save.failed"),
                    messages.format("save.failedDiscard", ErrorText.of(error)))) {
                kept.run();
                return;
            }
            rememberLayout(closing);
            release(closing);
            closed.run();
        });
    }

    private void release(ProjectSession closing) {
        if (document != null) {
            document.detach();
            document = null;
        }
        if (window != null) {
            window.close();
        }
        try {
            closing.close();
        } catch (IOException e) {
            dialogs().showError(messages.format("lock.releaseFailed", closing.dir()), e);
        } finally {
            session = null;
        }
    }

    /** The open project as the panels see it; null before one is open. */
    ProjectViewModel document() {
        return document;
    }
}
