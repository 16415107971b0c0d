package org.clausewright.ui.window;

import java.nio.file.Path;
import java.util.List;

/** What the window asks of the application: the actions that outlive one open project. */
public interface WindowActions {
    void newProject();

    /** File ▸ New project from template…: a starter project for a field, opened once made. */
    void newProjectFromTemplate();

    void openProject();

    void openRecent(Path dir);

    List<Path> recentProjects();

    void preferences();

    void setTheme(String theme);

    void quit();
}
