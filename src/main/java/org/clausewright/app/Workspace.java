package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** Where this member's projects are: the last one opened, and the folder the sample goes into the first time. */
public final class Workspace {
    private static final String LAST_PROJECT = "lastProject";
    private final Preferences preferences;
    private final Path home;

    public Workspace(Preferences preferences, Path home) {
        this.preferences = preferences;
        this.home = home;
    }

    public static Workspace forUser() {
        // tests point this elsewhere so that they never change a member's real preferences
        String node = System.getProperty("clausewright.preferences", "org/clausewright");
        return new Workspace(Preferences.userRoot().node(node),
                Path.of(System.getProperty("user.home"), "Clausewright"));
    }

    /** The last project opened if it is still there; otherwise a fresh copy of the sample. */
    public Path lastOrSample() throws IOException, HistoryException, ProjectFileException {
        String last = preferences.get(LAST_PROJECT, null);
        if (last != null && isProject(Path.of(last))) {
            return Path.of(last);
        }
        Path target = home.resolve("model-code");
        if (isProject(target)) {
            return target;
        }
        for (int n = 2; Files.exists(target); n++) {
            target = home.resolve("model-code-" + n);
        }
        BundledSample.install(target);
        return target;
    }

    public void remember(Path dir) {
        preferences.put(LAST_PROJECT, dir.toAbsolutePath().normalize().toString());
    }

    private static boolean isProject(Path dir) {
        return Files.isRegularFile(dir.resolve(ProjectPaths.PROJECT));
    }
}
