package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clausewright.history.HistoryException;
import org.clausewright.history.remote.Remotes;

/** The remotes of a project folder (refused for a folder that is not a project). */
public final class SiteRemotes {
    private SiteRemotes() {
    }

    public static List<Remotes.Remote> list(Path dir) throws IOException, HistoryException {
        Versions.requireProject(dir);
        return Remotes.list(dir);
    }

    public static Remotes.Remote add(Path dir, String name, String url) throws IOException, HistoryException {
        Versions.requireProject(dir);
        return Remotes.add(dir, name, url);
    }

    public static void remove(Path dir, String name) throws IOException, HistoryException {
        Versions.requireProject(dir);
        Remotes.remove(dir, name);
    }
}
