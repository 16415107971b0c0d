package org.clausewright.app;

import org.clausewright.command.ReplaceProject;
import org.clausewright.history.HistoryException;
import org.clausewright.model.Project;
import org.clausewright.store.FileStamps;
import org.clausewright.store.Problem;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ReadResult;
import org.clausewright.store.StampedFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;

/**
 * Opening a project for a {@link ProjectSession}: the lock, the work a crash interrupted, the files read (the keys a
 * newer version wrote kept), the anchors found again.
 */
final class ProjectOpening {
    private ProjectOpening() {
    }

    /**
     * The lock is taken before the first file is read: a member who opened the project while another was
     * still saving it must not hold the lock over what that other member wrote after it was read.
     */
    static ProjectSession open(ProjectFolder folder, String member, Consumer<String> notices)
            throws IOException, ProjectFileException {
        if (!Files.isDirectory(folder.root())) {
            throw new NoSuchFileException(folder.root().toString(), null, "no such project folder");
        }
        ProjectLock.Outcome outcome = ProjectLock.acquire(folder.root(), member);
        try {
            if (outcome.acquired()) {
                finishInterruptedWork(folder, outcome.lock(), notices);
            }
            FileStamps stamps = new FileStamps();
            ReadResult read = ProjectReader.read(new StampedFiles(folder, stamps));
            Project project = read.orThrow();
            ProjectSession session = new ProjectSession(folder, project, stamps, outcome, member, notices,
                    read.kept().stream().map(Problem::toString).toList());
            Project reanchored = Anchors.refind(project);
            if (reanchored != project && !session.isReadOnly()) {
                // the files were edited outside Clausewright: the found anchors are saved with the next save
                session.commands().execute(new ReplaceProject(reanchored, "command.refindAnchors"));
            }
            return session;
        } catch (IOException | ProjectFileException | RuntimeException | Error e) {
            if (outcome.acquired()) {
                try {
                    outcome.lock().close();
                } catch (IOException release) {
                    e.addSuppressed(release);
                }
            }
            throw e;
        }
    }

    private static void finishInterruptedWork(ProjectFolder folder, ProjectLock lock, Consumer<String> notices)
            throws IOException, ProjectFileException {
        try {
            InterruptedWork.finish(folder.root(), lock, notices);
        } catch (HistoryException e) {
            // the project itself is fine: it opens, and the next record or import tries again
            notices.accept("An interrupted operation could not be finished yet (" + e.getMessage()
                    + "); the next record finishes it.");
        }
    }
}
