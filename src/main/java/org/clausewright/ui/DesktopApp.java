package org.clausewright.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.Settings;
import org.clausewright.model.Words;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop application. The project is read on the worker while JavaFX starts (JavaFX's own launcher
 * would only let it begin once the toolkit is up), and the window shows the draft as soon as both are ready.
 */
public final class DesktopApp {
    private final Settings settings;
    private final StartupLog log;
    private final FxBackground background = new FxBackground();
    private final CompletableFuture<ProjectSession> opening;
    private final Notices notices = new Notices();

    private DesktopApp(Path dir, Settings settings, StartupLog log) {
        this.settings = settings;
        this.log = log;
        // JavaFX's fonts and text layout start on first use (fontconfig's list, the System font's fallbacks, the
        // language's family, the icons' font): done here, beside JavaFX's own start, the UI thread finds them ready
        Locale locale = Languages.locale(settings.language());
        Thread fonts = new Thread(() -> {
            Messages words = new Messages(locale);
            LanguageFonts.prepare(locale, words.get("tab.outline") + " " + words.get("tab.library"));
            org.clausewright.ui.window.Icons.prepare();
        }, "font-data");
        fonts.setDaemon(true);
        fonts.start();
        // ICU loads its plural rules and number data on first use (a few hundred ms when cold): done here, beside
        // the project's reading, the status bar's first counts do not wait for it on the UI thread
        // ICU's word rules and Chinese dictionary likewise, before the editor's first bracket warning needs them
        Thread plurals = new Thread(() -> {
            new Messages(locale).format("status.counts", 2, 2, 2);
            Words.prepare();
        }, "icu-data");
        plurals.setDaemon(true);
        plurals.start();
        // without a member's name the project is opened after the first-run prompt, so its lock names them
        this.opening = settings.memberName().map(member -> background.submit(() -> {
            log.step("reading the project");
            ProjectSession opened = AppController.openSession(dir, member, notices);
            log.step("project read");
            return opened;
        })).orElse(null);
    }

    /**
     * Opens the window on {@code dir}, or on the last project (the sample, the first time) when null. Returns
     * at once; the process lives on until the window is closed.
     */
    public static void launch(Path dir) {
        StartupLog log = StartupLog.fromSystemProperties();
        log.step("command line read");
        DesktopApp app = new DesktopApp(dir, Settings.forUser(), log);
        log.step("starting JavaFX");
        Platform.startup(() -> app.showWindow(dir));
    }

    /**
     * The window's part of the start-up cache's training: on JavaFX's headless platform (Monocle, shipped for
     * this) and with preferences of its own, the window opens on {@code dir}, shows its first frame and its
     * Library and History tabs, and quits. Returns when JavaFX has ended.
     */
    public static void rehearse(Path dir) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        String node = "org/clausewright-training-" + java.util.UUID.randomUUID();
        // the member's own preferences (last project, recent projects, window size) are not touched
        System.setProperty("clausewright.preferences", node);
        Settings settings = Settings.forUser();
        settings.setMember("Clausewright", "CW");
        settings.setLanguage("en");
        try {
            settings.readBack();
        } catch (java.io.IOException | java.util.prefs.BackingStoreException
                 | java.util.prefs.InvalidPreferencesFormatException e) {
            throw new IllegalStateException("could not read the training's preferences back", e);
        }
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        DesktopApp app = new DesktopApp(dir, settings, StartupLog.off());
        try {
            Platform.startup(() -> {
                AppController controller = app.showWindow(dir);
                controller.afterFirstFrame(() -> Platform.runLater(() -> {
                    javafx.scene.Scene scene = controller.stage().getScene();
                    javafx.scene.Node tabs = scene.lookup("#left-tabs");
                    if (tabs instanceof javafx.scene.control.TabPane pane) {
                        pane.getTabs().forEach(tab -> pane.getSelectionModel().select(tab));
                    }
                    // the screens a member opens soon after the start, so that their classes are in the cache:
                    // a language version side by side with its marks, and the coverage window
                    if (scene.lookup("#working-language") instanceof javafx.scene.control.ComboBox<?> working
                            && working.getItems().size() > 1) {
                        working.getSelectionModel().select(1);
                    }
                    if (scene.lookup("#status-gaps") instanceof javafx.scene.control.Hyperlink gaps) {
                        gaps.fire();
                    }
                    Platform.runLater(() -> {
                        controller.quit();
                        app.background.whenIdle(ended::countDown);
                    });
                }));
            });
            if (!ended.await(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the window did not open and close within two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rehearsing the window", e);
        } finally {
            app.background.close();
            Platform.exit();
            try {
                settings.forget();
            } catch (java.util.prefs.BackingStoreException e) {
                throw new IllegalStateException("could not remove the training's preferences " + node, e);
            }
        }
    }

    /** As {@link #launch}, once JavaFX runs (tests start it themselves); on the UI thread. */
    static AppController startedOn(Path dir, Settings settings) {
        return new DesktopApp(dir, settings, StartupLog.fromSystemProperties()).showWindow(dir);
    }

    private AppController showWindow(Path dir) {
        log.step("JavaFX started");
        HostOpener host = new HostOpener();
        AppController controller = new AppController(new Stage(), settings,
                path -> host.getHostServices().showDocument(path.toUri().toString()), FxDialogs::new, background, log);
        controller.start(dir, opening, notices);
        return controller;
    }

    /** The system's program for a file or folder comes from JavaFX's host services, which only an Application has. */
    private static final class HostOpener extends Application {
        @Override
        public void start(Stage stage) {
            throw new UnsupportedOperationException("never launched: it only lends its host services");
        }
    }
}
