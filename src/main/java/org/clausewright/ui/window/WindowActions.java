package org.clausewright.ui.window;

import java.nio.file.Path;
import java.util.List;

/** What the window asks of the application: the actions that outlive one open project. */
public interface WindowActions {
    void newProject();

    void openProject();

    void openRecent(Path dir);

    List<Path> recentProjects();

    void preferences();

    void setTheme(String theme);

    void quit();
}
