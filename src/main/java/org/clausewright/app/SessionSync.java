package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.history.remote.Divergence;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFileException;

/**
 * Sync and bundles for a project open in the window: run as the session's lock holder (the window holds the
 * lock, so the sync must not ask for it again), from the state last saved, and taken back into the open
 * session afterwards without losing what the member typed meanwhile.
 */
public final class SessionSync {
    private final ProjectSession session;
    private final String member;

    /**
     * What came in, with the two drafts the window needs to take it in.
     *
     * @param base    the draft the sync started from (saved and recorded)
     * @param theirs  the draft the folder holds after the sync, read back
     * @param stopped when the sync failed after it had taken in what came: why, and that nothing was sent; what
     *                came in must be taken in all the same, or the window's next save would write over it
     */
    public record Received(SyncReport report, Project base, Project theirs, Optional<SyncStopped> stopped) {
        public Received(SyncReport report, Project base, Project theirs) {
            this(report, base, theirs, Optional.empty());
        }
    }

    public SessionSync(ProjectSession session, String member) {
        this.session = session;
        this.member = member;
    }

    /**
     * Saves the edits not yet written, then counts the project's files that differ from its latest version
     * (a sync sends only versions): 0 when everything is recorded, -1 when nothing has been recorded yet.
     */
    public int unrecordedFiles() throws IOException, HistoryException {
        session.save();
        try (VersionHistory history = session.history()) {
            Optional<Version> latest = history.latest();
            return latest.isEmpty() ? -1 : history.changedPaths(latest.get(), Revision.WORKING).size();
        }
    }

    /** The labels recorded so far, newest first, to suggest the next one. */
    public List<Version> versions() throws IOException, HistoryException {
        return Versions.log(session.dir());
    }

    public Received sync(String remote, RemoteAccess access, TransferProgress progress,
                         Consumer<Divergence> fetched) throws IOException, HistoryException,
            ProjectFileException {
        Project base = startingPoint();
        MergeSide saved = new MergeSide(member, "", "this window");
        MergeSide received = new MergeSide("", "", remote);
        FolderTurn folder = new FolderTurn() {
            @Override
            public <T> T run(Step<T> step) throws IOException, HistoryException, ProjectFileException {
                return session.besideSaves(step, saved, received);
            }
        };
        try {
            SyncReport report = Sync.sync(session.dir(), session.lock(), remote, member, access, progress, fetched,
                    session.notices(), folder);
            return new Received(report, base, readBack(base, report));
        } catch (SyncStopped e) {
            return stoppedAfterTakingIn(base, e);
        } catch (IOException | HistoryException | ProjectFileException | RuntimeException e) {
            session.syncEnded();
            throw e;
        }
    }

    // the folder holds what came in (and the edits saved meanwhile, put back): the window takes it in, then says why
    private Received stoppedAfterTakingIn(Project base, SyncStopped stopped) throws IOException, ProjectFileException {
        try {
            return new Received(stopped.partial(), base, readBack(base, stopped.partial()), Optional.of(stopped));
        } catch (IOException | ProjectFileException | RuntimeException e) {
            session.syncEnded();
            e.addSuppressed(stopped);
            throw e;
        }
    }

    public Received applyBundle(Path file, TransferProgress progress)
            throws IOException, HistoryException, ProjectFileException {
        Project base = startingPoint();
        SyncReport report = BundleExchange.apply(session.dir(), session.lock(), file, member, progress,
                session.notices());
        return new Received(report, base, readBack(base, report));
    }

    /**
     * Makes the window's draft what came in, merged with the edits made while the sync ran (their author this
     * member, the other side whoever made the versions received); on the UI thread.
     */
    public Optional<MergeOutcome> takeIn(Received received) {
        if (received.theirs() == received.base()) {
            session.syncEnded();
            return Optional.empty();
        }
        String from = received.report().received().isEmpty() ? received.report().source()
                : received.report().received().get(0).author();
        return session.takeIn(received.base(), received.theirs(),
                new MergeSide(member, "", "this window"), new MergeSide(from, "", received.report().source()));
    }

    private Project startingPoint() throws IOException {
        session.save();
        return session.written();
    }

    private Project readBack(Project base, SyncReport report) throws IOException, ProjectFileException {
        if (report.received().isEmpty() && report.merge().isEmpty()) {
            return base;
        }
        return session.readArrived();
    }
}
