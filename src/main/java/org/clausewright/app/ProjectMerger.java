package org.clausewright.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.remote.Divergence;
import org.clausewright.store.ProjectLock;

/** Merges two sites' drafts that both have new versions, and records the merge with both parents. */
final class ProjectMerger {
    private ProjectMerger() {
    }

    static Optional<Version> merge(Path dir, ProjectLock lock, Divergence divergence, String source, String author,
                                   List<String> merged) throws HistoryException {
        throw new HistoryException("this site and " + source + " have both recorded versions since "
                + (divergence.base() == null ? "they began" : divergence.base().substring(0, 10)) + " ("
                + divergence.outgoing().size() + " here, " + divergence.incoming().size() + " there), and this"
                + " build of Clausewright cannot merge them yet; nothing was changed");
    }
}
