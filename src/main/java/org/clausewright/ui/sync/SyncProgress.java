package org.clausewright.ui.sync;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.clausewright.history.remote.TransferProgress;

/**
 * How far a transfer is, passed from the worker to the window, and the member's Cancel passed back. JGit asks
 * {@link #cancelled()} between its steps, so a cancelled sync stops at the next one and leaves the folder as a
 * complete version, never half written.
 */
final class SyncProgress implements TransferProgress {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BiConsumer<String, Double> shown;

    /** @param shown hears the step's name and how far it is (0 to 1, or -1 when not known); from the worker */
    SyncProgress(BiConsumer<String, Double> shown) {
        this.shown = shown;
    }

    @Override
    public void update(String task, int done, int total) {
        shown.accept(task, total > 0 ? Math.min(1.0, (double) done / total) : -1.0);
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }
}
