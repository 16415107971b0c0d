package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.PendingVersion;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finishes an operation that announced its version and was killed before recording it (an import of a
 * review): the files it had not written yet are written, and its version is recorded, once. Run by every
 * command that holds the project before it does its own work: opening it, record, import-review.
 */
final class InterruptedWork {
    private InterruptedWork() {
    }

    /** Finishes what the history names as interrupted; returns whether the folder was written. */
    static boolean finish(Path dir, ProjectLock lock, Consumer<String> notices) throws IOException, HistoryException {
        if (!VersionHistory.hasPending(dir)) {
            return false;
        }
        try (VersionHistory history = VersionHistory.open(dir, lock, notices)) {
            return finish(history, notices);
        }
    }

    static boolean finish(VersionHistory history, Consumer<String> notices) throws IOException, HistoryException {
        Optional<PendingVersion> found = history.pending();
        if (found.isEmpty()) {
            return false;
        }
        PendingVersion pending = found.get();
        Optional<Version> recorded = history.recorded(pending);
        if (recorded.isPresent()) {
            history.clear(pending);
            notices.accept(pending.whatCapitalised() + " was interrupted after its version " + recorded.get().shortId()
                    + " was recorded; nothing was left to do.");
            return false;
        }
        List<String> kept = history.rollForward(pending);
        if (!ProjectReader.read(new ProjectFolder(history.folder())).problems().isEmpty()) {
            // a version must be readable: it is recorded once the project's problems are mended
            notices.accept(pending.whatCapitalised() + " was interrupted; its version will be recorded once the"
                    + " project's problems are mended (clausewright validate lists them).");
            return true;
        }
        Version version = history.record(pending);
        history.clear(pending);
        notices.accept(pending.whatCapitalised() + " was interrupted; its version " + version.shortId()
                + " was recorded now" + (kept.isEmpty() ? "." : " (" + String.join(", ", kept)
                + (kept.size() == 1 ? " was" : " were") + " changed meanwhile and kept as " + (kept.size() == 1
                ? "it is" : "they are") + ")."));
        return true;
    }
}
