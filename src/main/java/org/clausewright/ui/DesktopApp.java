package org.clausewright.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.clausewright.app.Settings;

import java.nio.file.Path;
import java.util.List;

/** The desktop application: starts the window controller on the project given, or on the last one. */
public final class DesktopApp extends Application {
    private AppController controller;

    /** Opens the window on {@code dir}, or on the last project (the sample, the first time) when null. */
    public static void launch(Path dir) {
        Application.launch(DesktopApp.class, dir == null ? new String[0] : new String[]{dir.toString()});
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        controller = new AppController(stage, Settings.forUser(),
                path -> getHostServices().showDocument(path.toUri().toString()));
        controller.start(args.isEmpty() ? null : Path.of(args.get(0)));
    }

    @Override
    public void stop() throws Exception {
        if (controller != null) {
            controller.shutdown();
        }
        Platform.exit();
    }
}
