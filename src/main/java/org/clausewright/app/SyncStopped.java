package org.clausewright.app;

import java.util.Objects;
import org.clausewright.history.HistoryException;

/**
 * A sync that failed after it had taken in what came (the branch moved and the folder holds the versions received,
 * recorded): not "nothing happened", so it carries what did happen, for the window to take in and for the message
 * to say. Nothing of this site was sent.
 */
public final class SyncStopped extends HistoryException {
    private final transient SyncReport partial;

    SyncStopped(SyncReport partial, Exception cause) {
        super("the sync took in " + partial.received().size() + (partial.received().size() == 1 ? " version"
                : " versions") + " from " + partial.source() + partial.merge().map(v -> " (recorded here as “"
                + v.label() + "”)").orElse("") + ", then stopped: " + Objects.requireNonNull(cause).getMessage()
                + ". What came in is in this folder; this site's versions were not sent: sync again to send them",
                cause);
        this.partial = partial;
    }

    /** What came in before the sync stopped; nothing in it was sent. */
    public SyncReport partial() {
        return partial;
    }
}
