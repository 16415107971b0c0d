package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.history.remote.Bundles;
import org.clausewright.history.remote.Divergence;
import org.clausewright.history.remote.IncomingVersions;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectLock;

/** Changes carried by a file between sites with no server: a git bundle written here, applied there. */
public final class BundleExchange {
    private BundleExchange() {
    }

    /**
     * Writes the versions since {@code since} (a version id, unique prefix, label or milestone the other site
     * has; null for every version) into {@code file}.
     */
    public static Bundles.Contents create(Path dir, Path file, String since, TransferProgress progress)
            throws IOException, HistoryException {
        Versions.requireProject(dir);
        String base = null;
        if (since != null) {
            try (VersionHistory history = VersionHistory.open(dir)) {
                if (!(history.resolve(since) instanceof Version version)) {
                    throw new HistoryException("--since needs a recorded version, not \"" + since + "\"");
                }
                base = version.id();
            }
        }
        return Bundles.create(dir, file, base, progress);
    }

    /** Checks the bundle, then takes its versions in as a sync does (without sending anything). */
    public static SyncReport apply(Path dir, Path file, String author, TransferProgress progress,
                                   Consumer<String> notices) throws IOException, HistoryException,
            ProjectFileException {
        Versions.requireProject(dir);
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, author);
        if (!outcome.acquired()) {
            throw new IllegalStateException(dir + " is open by " + outcome.heldBy().describe()
                    + ": apply the file there, or close it first; nothing was changed");
        }
        try (ProjectLock lock = outcome.lock()) {
            return apply(dir, lock, file, author, progress, notices);
        }
    }

    /** As above, for the window, which holds the project's lock already. */
    public static SyncReport apply(Path dir, ProjectLock lock, Path file, String author, TransferProgress progress,
                                   Consumer<String> notices) throws IOException, HistoryException,
            ProjectFileException {
        InterruptedWork.finish(dir, lock, notices);
        Integration integration = new Integration(dir, lock, author);
        integration.requireRecorded();
        String head = Bundles.fetch(dir, file, progress);
        Divergence divergence = IncomingVersions.compare(dir, head);
        List<SyncMerge> merged = new ArrayList<>();
        String source = file.getFileName().toString();
        Optional<Version> merge = integration.takeIn(divergence, source, merged);
        return new SyncReport(source, divergence.incoming(), List.of(), merge, merged);
    }
}
