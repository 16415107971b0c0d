package org.clausewright.ui.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.app.ConflictsFile;
import org.clausewright.app.SessionSync;
import org.clausewright.app.SyncMerge;
import org.clausewright.app.WaitingConflicts;
import org.clausewright.app.Versions;
import org.clausewright.history.remote.CertificateRefusal;
import org.clausewright.history.remote.HostKeyRefusal;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.RemoteException;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.ui.Dialogs;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.merge.MergeResultsViewModel;

/**
 * Sync and Apply changes from a file in the window: the unsaved edits written and the draft recorded first (the
 * member asked, with a label suggested), the transfer on the worker with its progress and a Cancel, an unknown
 * host key shown to accept or refuse, and what came in taken into the open draft with the edits made meanwhile.
 */
public final class SyncViewModel {
    /** One transfer, given how to reach the remote. */
    @FunctionalInterface
    interface Transfer {
        SessionSync.Received run(RemoteAccess access, SyncProgress progress) throws Exception;
    }

    private final ProjectViewModel document;
    private final SyncDialogs syncDialogs;
    private final SaveHold autosave;
    private final RemoteAccess access;
    private final SessionSync sync;
    private final SyncSummary summary;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private SyncProgress current;
    private String lastTitle;
    private List<String> lastLines = List.of();
    /** The conflicts this site's syncs listed and nobody settled yet, for Merge results, kept across reopening. */
    private final WaitingConflicts waiting;

    /** @param home the member's home, whose ~/.ssh and ~/.git-credentials a sync reads (and writes when asked) */
    public SyncViewModel(ProjectViewModel document, SyncDialogs syncDialogs, SaveHold autosave, Path home,
                         Optional<Path> git, String agentSocket) {
        this.document = document;
        this.syncDialogs = syncDialogs;
        this.autosave = autosave;
        WindowCredentials asking = new WindowCredentials(syncDialogs);
        this.access = new RemoteAccess(home, asking, null, git).withAgent(agentSocket)
                .withPassphrases(asking::passphrase);
        this.sync = new SessionSync(document.session(), document.member());
        this.summary = new SyncSummary(document.messages());
        this.waiting = new WaitingConflicts(ConflictsFile.of(document.session().dir()));
        // a choice made in Merge results and taken back by Undo leaves its conflict waiting again; Redo chooses it
        document.session().commands().addSteps(new org.clausewright.command.CommandStack.Steps() {
            @Override
            public void undone(org.clausewright.command.Command command) {
                if (command instanceof org.clausewright.command.MergeResolution resolution) {
                    waiting.unchosen(resolution.conflict());
                }
            }

            @Override
            public void redone(org.clausewright.command.Command command) {
                if (command instanceof org.clausewright.command.MergeResolution resolution) {
                    waiting.chosen(resolution.conflict());
                }
            }
        });
        if (!document.isReadOnly()) {
            document.background().run("conflicts", waiting::load, this::loaded,
                    error -> document.dialogs().showError(messages().get("sync.conflictsUnreadable"), error));
        }
    }

    // the conflicts earlier sessions left: offered again, one click from the notice
    private void loaded(List<String> problems) {
        if (!problems.isEmpty()) {
            document.dialogs().showError(messages().get("sync.conflictsUnreadable"),
                    new java.io.IOException(String.join("\n", problems)));
        }
        int pending = waiting.in(document.project()).size();
        flush();
        if (pending > 0) {
            document.dialogs().notify(messages().format("sync.conflictsWaiting", pending),
                    new Dialogs.Notice(messages().get("sync.mergeResults"), this::showMergeResults, true));
        }
    }

    // written on the worker, behind any sync: the file is small, but the UI thread does no file work
    private void flush() {
        document.background().run("conflicts", () -> {
            waiting.flush();
            return null;
        }, done -> { }, error -> document.dialogs().showError(messages().get("sync.conflictsUnsaved"), error));
    }

    /** Syncs with the remote named origin, or the only one there is; with none, the Remotes dialog opens. */
    public void sync() {
        if (document.isReadOnly() || running.get()) {
            return;
        }
        RemotesViewModel remotes = remotes();
        document.background().run("remotes", () -> org.clausewright.app.SiteRemotes.list(document.session().dir()),
                list -> {
                    if (list.isEmpty()) {
                        document.dialogs().notify(messages().get("sync.noRemote"));
                        remotes.remotes().setAll(list);
                        syncDialogs.editRemotes(remotes);
                        return;
                    }
                    String remote = list.stream().anyMatch(r -> r.name().equals("origin")) ? "origin"
                            : list.get(0).name();
                    start(messages().format("sync.title", remote), true,
                            (a, p) -> sync.sync(remote, a, p, fetched -> document.background().onUiThread(() ->
                                    status.set(summary.ahead(fetched.incoming(), fetched.outgoing())))));
                }, error -> document.dialogs().showError(messages().get("sync.failed"), error));
    }

    /** File ▸ Apply changes from a file…: the member picks the bundle. */
    public void chooseBundle() {
        if (!document.isReadOnly() && !running.get()) {
            document.dialogs().chooseFile(messages().get("menu.applyBundle"), messages().get("bundle.kind"), "bundle")
                    .ifPresent(this::applyBundle);
        }
    }

    /** Takes in the versions of a bundle file, checked before anything changes. */
    public void applyBundle(Path file) {
        if (document.isReadOnly() || running.get()) {
            return;
        }
        start(messages().format("bundle.applyTitle", file.getFileName()), false, (a, p) -> sync.applyBundle(file, p));
    }

    public RemotesViewModel remotes() {
        return new RemotesViewModel(document.session().dir(), document.background(), document.dialogs(),
                messages());
    }

    /** Stops the transfer at its next step; what was complete stays, nothing half written. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            status.set(messages().get("sync.cancelling"));
        }
    }

    /** The last result again, one click from its notice or from the menu. */
    public void showLastResult() {
        if (lastTitle == null) {
            document.dialogs().notify(messages().get("sync.noResult"));
        } else {
            syncDialogs.showResult(lastTitle, lastLines);
        }
    }

    /**
     * The conflicts the last sync's merge listed (a heading, category or status changed differently at both sites),
     * side by side to choose; each choice is an edit that Undo takes back.
     */
    public void showMergeResults() {
        List<MergeConflict> pending = waiting.in(document.project());
        flush();
        if (pending.isEmpty()) {
            document.dialogs().notify(messages().get("sync.noMergeResults"));
            return;
        }
        java.util.function.Consumer<MergeConflict> chosen = conflict -> {
            waiting.chosen(conflict);
            flush();
        };
        if (waiting.latest().isEmpty()) {
            // only conflicts of syncs made before the project was opened: their merges' counts are not known
            MergeSide from = waiting.from(pending.get(0)).orElse(new MergeSide("", "", ""));
            syncDialogs.showMergeResults(MergeResultsViewModel.waiting(document, pending, from, Clock.systemUTC(),
                    chosen));
            return;
        }
        SyncMerge latest = waiting.latest().get();
        MergeOutcome last = latest.outcome();
        MergeOutcome shown = new MergeOutcome(last.merged(), pending, last.bracketsMade(), last.clausesFromTheirs(),
                last.clausesFromOurs(), last.keptClauses());
        syncDialogs.showMergeResults(new MergeResultsViewModel(document, shown, latest.theirs(), Clock.systemUTC(),
                chosen));
    }

    /**
     * @param network whether the transfer reaches a remote: then it runs beside the worker and the member's saves go
     *                on meanwhile (its folder steps keep clear of them, {@code SessionSync}); a bundle is read on
     *                the worker with saves held, as it is local and short
     */
    private void start(String title, boolean network, Transfer transfer) {
        running.set(true);
        progress.set(-1);
        status.set(messages().get("sync.preparing"));
        autosave.hold();
        document.background().run("sync", sync::unrecordedFiles, unrecorded -> {
            if (unrecorded == 0) {
                transfer(title, network, transfer, access);
            } else {
                recordFirst(unrecorded, title, network, transfer);
            }
        }, error -> failed(error, null));
    }

    /** A sync sends versions: what is not recorded would be neither sent nor safe from what comes in. */
    private void recordFirst(int unrecorded, String title, boolean network, Transfer transfer) {
        Dialogs dialogs = document.dialogs();
        String question = unrecorded < 0 ? messages().get("sync.recordFirst.none")
                : messages().format("sync.recordFirst", unrecorded);
        if (!dialogs.confirm(messages().get("sync.recordFirst.title"), question)) {
            finish(messages().get("sync.notStarted"));
            return;
        }
        document.background().run("versions", sync::versions, versions -> dialogs
                .askVersion(Versions.nextLabel(versions, messages().get("history.firstLabel")))
                .ifPresentOrElse(request -> document.background().run("record", () -> document.session()
                                .record(request.label(), request.message(), document.member()), version -> {
                            document.versionsChanged();
                            transfer(title, network, transfer, access);
                        }, error -> failed(error, null)),
                        () -> finish(messages().get("sync.notStarted"))), error -> failed(error, null));
    }

    private void transfer(String title, boolean network, Transfer transfer, RemoteAccess with) {
        SyncProgress progressOf = new SyncProgress((task, done) -> document.background().onUiThread(() -> {
            if (current != null && !current.cancelled()) {
                status.set(task);
                progress.set(done);
            }
        }));
        current = progressOf;
        status.set(messages().get("sync.connecting"));
        if (network) {
            autosave.resume();
            document.background().runBeside("sync", () -> transfer.run(with, progressOf),
                    received -> tookIn(title, received), error -> failed(error, () -> transfer(title, true,
                            transfer, trusting(with, error))));
        } else {
            document.background().run("sync", () -> transfer.run(with, progressOf),
                    received -> tookIn(title, received), error -> failed(error, () -> transfer(title, false,
                            transfer, trusting(with, error))));
        }
    }

    private void tookIn(String title, SessionSync.Received received) {
        Optional<MergeOutcome> kept = sync.takeIn(received);
        lastTitle = title;
        lastLines = summary.lines(received.report(), kept, document.project());
        received.report().merges().forEach(waiting::add);
        flush();
        boolean listed = received.report().merges().stream().anyMatch(m -> !m.outcome().conflicts().isEmpty());
        if (!received.report().changedNothing()) {
            document.versionsChanged();
        }
        finish("");
        if (received.stopped().isPresent()) {
            // taken in all the same (else the next save would write the old draft over it), then said plainly
            document.dialogs().showError(messages().format("sync.stoppedAfterTakingIn", received.report().source()),
                    received.stopped().get());
            return;
        }
        // conflicts wait for a choice: their notice leads to Merge results; otherwise to the details
        document.dialogs().notify(summary.notice(received.report(), kept), !listed
                ? new Dialogs.Notice(messages().get("sync.details"), this::showLastResult)
                : new Dialogs.Notice(messages().get("sync.mergeResults"), this::showMergeResults, true));
    }

    /**
     * An unknown host key or an https certificate no authority vouches for is asked about, and the transfer tried
     * again with it accepted: never silently.
     */
    private void failed(Throwable error, Runnable retryAccepting) {
        boolean cancelled = current != null && current.cancelled();
        HostKeyRefusal key = hostKey(error);
        CertificateRefusal certificate = certificate(error);
        boolean accepted = !cancelled && retryAccepting != null && (key != null && syncDialogs.acceptHostKey(key)
                || certificate != null && syncDialogs.trustCertificate(certificate));
        if (accepted) {
            retryAccepting.run();
            return;
        }
        finish("");
        if (cancelled) {
            document.dialogs().notify(messages().get("sync.cancelled"));
        } else {
            document.dialogs().showError(messages().get("sync.failed"), error);
        }
    }

    private static RemoteAccess trusting(RemoteAccess with, Throwable error) {
        HostKeyRefusal key = hostKey(error);
        return key != null ? with.acceptingHostKey(key.fingerprint())
                : with.trustingCertificate(certificate(error).fingerprint());
    }

    private static CertificateRefusal certificate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RemoteException remote && remote.certificate() != null) {
                return remote.certificate();
            }
        }
        return null;
    }

    private static HostKeyRefusal hostKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RemoteException remote && remote.reason() == RemoteException.Reason.HOST_KEY_UNKNOWN) {
                return remote.hostKey();
            }
        }
        return null;
    }

    private void finish(String said) {
        current = null;
        running.set(false);
        progress.set(0);
        status.set(said);
        autosave.resume();
    }

    private Messages messages() {
        return document.messages();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0 to 1, or -1 while how far is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
