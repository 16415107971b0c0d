package org.clausewright.ui.window;

import org.clausewright.app.FolderWatch;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.outside.OutsideChangesViewModel;

import java.io.IOException;

/**
 * The open project's folder watched for other programs' writes while its window is open: started on the
 * background worker (registering reads the disk), each burst of changes handed to the view model, which looks
 * at them on the worker too. Stopped when the window closes.
 */
final class OutsideWatch {
    private FolderWatch watch;
    private boolean stopped;

    OutsideWatch(ProjectViewModel document, OutsideChangesViewModel outside) {
        document.background().run("watch", () -> FolderWatch.start(document.session().dir(), outside::check),
                this::started, error -> document.dialogs().showError(
                        document.messages().get("outside.checkFailed"), error));
    }

    private void started(FolderWatch started) {
        watch = started;
        if (stopped) {
            stop();
        }
    }

    /** On the UI thread. */
    void stop() {
        stopped = true;
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("could not stop watching " + e.getMessage(), e);
            }
            watch = null;
        }
    }
}
