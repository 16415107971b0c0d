package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.history.remote.Divergence;
import org.clausewright.history.remote.FastForward;
import org.clausewright.store.Problem;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ReadResult;

/**
 * Takes another site's versions into a project held by this process: a fast-forward when only they have new
 * versions, a three-way merge recorded with both parents when both have. The versions received are read through
 * the store first: a version with problems is refused before the folder changes.
 */
final class Integration {
    private final Path dir;
    private final ProjectLock lock;
    private final String author;

    Integration(Path dir, ProjectLock lock, String author) {
        this.dir = dir;
        this.lock = lock;
        this.author = author;
    }

    /** Refuses a folder with changes not recorded: they would be neither sent nor safe from what comes in. */
    void requireRecorded() throws IOException, HistoryException, org.clausewright.store.ProjectFileException {
        ProjectReader.read(new ProjectFolder(dir)).orThrow();
        try (VersionHistory history = VersionHistory.open(dir, lock, notice -> { })) {
            Optional<Version> latest = history.latest();
            if (latest.isEmpty()) {
                throw new HistoryException(dir + " has no recorded version yet: record one first"
                        + " (clausewright record " + dir + " --label \"Working draft 1\"), then sync");
            }
            int changed = history.changedPaths(latest.get(), Revision.WORKING).size();
            if (changed > 0) {
                throw new HistoryException(dir + " has changes not recorded as a version (" + changed
                        + (changed == 1 ? " file" : " files") + "): record them first (clausewright record " + dir
                        + " --label …), then sync; nothing was sent or received");
            }
        }
    }

    /**
     * Brings {@code divergence}'s incoming versions into the folder; returns the merge version when one was
     * recorded.
     */
    Optional<Version> takeIn(Divergence divergence, String source, List<SyncMerge> merged)
            throws IOException, HistoryException {
        switch (divergence.state()) {
            case UP_TO_DATE, AHEAD -> {
                return Optional.empty();
            }
            case BEHIND -> {
                requireReadable(divergence.theirs(), divergence.incoming().get(0), source);
                FastForward.to(dir, divergence.ours(), divergence.theirs());
                return Optional.empty();
            }
            default -> {
                requireReadable(divergence.theirs(), divergence.incoming().get(0), source);
                return ProjectMerger.merge(dir, lock, divergence, source, author, merged);
            }
        }
    }

    private void requireReadable(String id, Version newest, String source) throws IOException, HistoryException {
        try (VersionHistory history = VersionHistory.open(dir, lock, notice -> { })) {
            if (!(history.resolve(id) instanceof Version version)) {
                throw new HistoryException("the version " + id + " from " + source + " could not be found");
            }
            ReadResult read = ProjectReader.read(history.files(version));
            if (!read.problems().isEmpty()) {
                Problem first = read.problems().get(0);
                throw new HistoryException("the latest version from " + source + ", " + newest + " by "
                        + newest.author() + ", cannot be read: " + first + (read.problems().size() > 1
                        ? " (and " + (read.problems().size() - 1) + " more)" : "") + "; ask its author to mend it"
                        + " (clausewright validate) or update Clausewright; nothing was changed");
            }
        }
    }
}
