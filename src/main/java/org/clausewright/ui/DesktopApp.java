package org.clausewright.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.Workspace;
import org.clausewright.app.UserName;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The desktop window. The project is opened off the UI thread; the window shows progress until it is ready. */
public final class DesktopApp extends Application {
    private final Messages messages = new Messages(Locale.getDefault());
    private ProjectSession session;

    /** Opens the window on {@code dir}, or on the last project (the sample, the first time) when null. */
    public static void launch(Path dir) {
        Application.launch(DesktopApp.class, dir == null ? new String[0] : new String[]{dir.toString()});
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Workspace workspace = Workspace.forUser();
        StackPane root = new StackPane(new Label(messages.format("app.opening", args.isEmpty() ? "" : args.get(0))));
        stage.setScene(new Scene(root, 1200, 800));
        stage.setTitle("Clausewright");
        stage.show();

        Task<ProjectSession> opening = new Task<>() {
            @Override
            protected ProjectSession call() throws Exception {
                Path dir = args.isEmpty() ? workspace.lastOrSample() : Path.of(args.get(0));
                ProjectSession opened = ProjectSession.open(dir, UserName.current());
                workspace.remember(opened.dir());
                return opened;
            }
        };
        opening.setOnSucceeded(e -> {
            session = opening.getValue();
            MainWindow window = new MainWindow(messages, session);
            stage.getScene().setRoot(window.root());
            stage.setTitle(messages.format("app.title", session.project().info().title()));
        });
        opening.setOnFailed(e -> root.getChildren().setAll(ErrorPane.of(messages,
                messages.format("app.openFailed", args.isEmpty() ? "" : args.get(0)), opening.getException())));
        Thread thread = new Thread(opening, "open-project");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() throws Exception {
        if (session != null) {
            session.close();
        }
        Platform.exit();
    }
}
