package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.remote.Divergence;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.RemoteSite;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectLock;

/**
 * Sync with a remote: fetch; take in what came (fast-forward or merge, recorded with both parents); push what this
 * site has; when the push is refused because someone pushed meanwhile, fetch and merge again, a few times. Runs
 * off the window's UI thread with progress and cancellation through {@link TransferProgress}.
 */
public final class Sync {
    /** Pushes refused because others kept pushing, before giving up for now. */
    static final int ATTEMPTS = 4;

    private Sync() {
    }

    public static SyncReport sync(Path dir, String remote, String author, RemoteAccess access,
                                  TransferProgress progress, Consumer<String> notices)
            throws IOException, HistoryException, ProjectFileException {
        Versions.requireProject(dir);
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, author);
        if (!outcome.acquired()) {
            throw new IllegalStateException(dir + " is open by " + outcome.heldBy().describe()
                    + ": sync it there, or close it first; nothing was sent or received");
        }
        try (ProjectLock lock = outcome.lock()) {
            return sync(dir, lock, remote, author, access, progress, fetched -> { }, notices, FolderTurn.IN_LINE);
        }
    }

    /**
     * As above, for the window, which holds the project's lock already; {@code fetched} hears how the sites stand
     * after each fetch, to show what is about to come in and go out. Fetch and push run on the calling thread;
     * every step that reads or writes the folder runs through {@code folder}, so the window can keep its saves
     * from interleaving with them while the member keeps editing during the network steps.
     */
    public static SyncReport sync(Path dir, ProjectLock lock, String remote, String author, RemoteAccess access,
                                  TransferProgress progress, Consumer<Divergence> fetched,
                                  Consumer<String> notices, FolderTurn folder)
            throws IOException, HistoryException, ProjectFileException {
        Integration integration = new Integration(dir, lock, author);
        folder.run(() -> {
            InterruptedWork.finish(dir, lock, notices);
            integration.requireRecorded();
            return null;
        });
        try (RemoteSite site = RemoteSite.open(dir, remote, access)) {
            return exchange(site, integration, progress, fetched, folder);
        }
    }

    private static SyncReport exchange(RemoteSite site, Integration integration, TransferProgress progress,
                                       Consumer<Divergence> fetched, FolderTurn folder)
            throws IOException, HistoryException, ProjectFileException {
        String source = site.remote() + " (" + site.url() + ")";
        Map<String, Version> received = new LinkedHashMap<>();
        List<SyncMerge> merged = new ArrayList<>();
        Optional<Version> merge = Optional.empty();
        // once something came in, the branch has moved: a failure after that is not "nothing happened"
        boolean tookIn = false;
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Divergence divergence = site.fetch(progress);
                fetched.accept(divergence);
                divergence.incoming().forEach(v -> received.putIfAbsent(v.id(), v));
                Optional<Version> made = folder.run(() -> integration.takeIn(divergence, site.remote(), merged));
                tookIn |= !divergence.incoming().isEmpty();
                if (made.isPresent()) {
                    merge = made;
                }
                Divergence now = site.compare();
                if (now.outgoing().isEmpty()) {
                    return new SyncReport(source, List.copyOf(received.values()), List.of(), merge, merged);
                }
                if (site.push(progress)) {
                    return new SyncReport(source, List.copyOf(received.values()), now.outgoing(), merge, merged);
                }
            }
            throw new HistoryException(site.url() + " received other versions while this sync tried " + ATTEMPTS
                    + " times to send its own");
        } catch (IOException | HistoryException | ProjectFileException | RuntimeException e) {
            if (!tookIn) {
                throw e;
            }
            throw new SyncStopped(new SyncReport(source, List.copyOf(received.values()), List.of(), merge, merged),
                    e);
        }
    }
}
