package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import org.clausewright.history.HistoryException;
import org.clausewright.history.remote.Cloning;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;

/**
 * A project copied from a remote into a new folder. The copy is made in a hidden folder beside it and appears
 * only once it is complete and reads as a project; a repository that is not a Clausewright project, or one with
 * problems, is refused and leaves nothing behind.
 */
public final class ProjectClone {
    private ProjectClone() {
    }

    public static void clone(String url, Path dir, RemoteAccess access, TransferProgress progress)
            throws IOException, HistoryException, ProjectFileException {
        NewProjectFolder.create(dir, folder -> {
            Cloning.into(url, folder, access, progress);
            if (new ProjectFolder(folder).read("project.json").isEmpty()) {
                throw new IOException(url + " holds no Clausewright project (it has no project.json); nothing was"
                        + " copied");
            }
            ProjectReader.read(new ProjectFolder(folder)).orThrow();
        });
    }
}
