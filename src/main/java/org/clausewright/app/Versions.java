package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.store.Problem;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Recording and listing the versions of a project folder. */
public final class Versions {
    private Versions() {
    }

    /**
     * Records the folder as a version, holding the project meanwhile, and refusing a project with problems so that
     * every version can be read. A project open elsewhere (the window, another member) is refused: it records
     * there. What is repaired on the way (a git lock left by a crash) is told to {@code notices}.
     */
    public static Version record(Path dir, String label, String message, String author, Consumer<String> notices)
            throws IOException, HistoryException, ProjectFileException {
        requireProject(dir);
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, author == null || author.isBlank() ? "someone" : author);
        if (!outcome.acquired()) {
            throw new IllegalStateException(dir + " is open by " + outcome.heldBy().describe()
                    + ": record the version there, or close it first; nothing was recorded");
        }
        try (ProjectLock lock = outcome.lock()) {
            return record(dir, lock, label, message, author, notices);
        }
    }

    /** Records the folder of a project that this process holds ({@code lock}). */
    static Version record(Path dir, ProjectLock lock, String label, String message, String author,
                          Consumer<String> notices) throws IOException, HistoryException, ProjectFileException {
        requireProject(dir);
        // an import killed before its version was recorded is finished first, so that versions keep their order
        InterruptedWork.finish(dir, lock, notices);
        List<Problem> problems = ProjectReader.read(new ProjectFolder(dir)).problems();
        if (!problems.isEmpty()) {
            throw new ProjectFileException(problems);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a version needs a label, such as \"Working draft 3\"");
        }
        try (VersionHistory history = VersionHistory.open(dir, lock, notices)) {
            return history.record(label.strip(), message == null ? "" : message.strip(), author, Instant.now());
        }
    }

    public static List<Version> log(Path dir) throws IOException, HistoryException {
        requireProject(dir);
        try (VersionHistory history = VersionHistory.open(dir)) {
            return history.log();
        }
    }

    /** Refuses a folder that is not a project before git is asked to start a history in it. */
    static void requireProject(Path dir) throws IOException {
        if (!new ProjectFolder(dir).read("project.json").isPresent()) {
            throw new IOException(dir + " is not a Clausewright project (it has no project.json)");
        }
    }
}
