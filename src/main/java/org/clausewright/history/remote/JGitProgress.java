package org.clausewright.history.remote;

import java.time.Duration;
import org.eclipse.jgit.lib.BatchingProgressMonitor;

/** JGit's progress reports (a few a second, not one per object), handed on to a {@link TransferProgress}. */
final class JGitProgress extends BatchingProgressMonitor {
    private final TransferProgress progress;

    JGitProgress(TransferProgress progress) {
        this.progress = progress;
        setDelayStart(200, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onUpdate(String taskName, int workCurr, Duration duration) {
        progress.update(taskName, workCurr, 0);
    }

    @Override
    protected void onEndTask(String taskName, int workCurr, Duration duration) {
        progress.update(taskName, workCurr, 0);
    }

    @Override
    protected void onUpdate(String taskName, int workCurr, int workTotal, int percentDone, Duration duration) {
        progress.update(taskName, workCurr, workTotal);
    }

    @Override
    protected void onEndTask(String taskName, int workCurr, int workTotal, int percentDone, Duration duration) {
        progress.update(taskName, workCurr, workTotal);
    }

    @Override
    public boolean isCancelled() {
        return progress.cancelled();
    }
}
