package org.clausewright.app;

import org.clausewright.docx.Baseline;
import org.clausewright.docx.ChangeAuthor;
import org.clausewright.history.HistoryException;
import org.clausewright.history.PathChange;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectPaths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who made each change shown in an export: walking the versions from the baseline to the exported one, a
 * clause's changes belong to the author of the latest version that changed its file, and outline changes
 * to the latest version that changed outline.json. Changes not yet recorded belong to the exporting member.
 */
final class ChangeAttribution {
    private ChangeAttribution() {
    }

    static Baseline baseline(VersionHistory history, Version from, Revision to, Project previous,
                             ChangeAuthor unrecorded) throws HistoryException {
        List<Version> log = history.log();
        int fromIndex = indexOf(log, from);
        int toIndex = to instanceof Version v ? indexOf(log, v) : -1;
        Map<String, ChangeAuthor> byClause = new HashMap<>();
        ChangeAuthor[] outline = {null};
        Revision previousRevision = from;
        // The log is newest first: the versions after the baseline, oldest first, run from fromIndex - 1 down.
        if (fromIndex > toIndex) {
            for (int i = fromIndex - 1; i >= Math.max(toIndex, 0); i--) {
                Version v = log.get(i);
                attribute(history.changedPaths(previousRevision, v), new ChangeAuthor(v.author(), v.time()),
                        byClause, outline);
                previousRevision = v;
            }
            if (toIndex < 0) {
                attribute(history.changedPaths(previousRevision, Revision.WORKING), unrecorded, byClause, outline);
            }
        }
        ChangeAuthor fallback = to instanceof Version v ? new ChangeAuthor(v.author(), v.time()) : unrecorded;
        return new Baseline(previous, from.label(), byClause, outline[0], fallback);
    }

    private static void attribute(List<PathChange> changes, ChangeAuthor author, Map<String, ChangeAuthor> byClause,
                                  ChangeAuthor[] outline) {
        for (PathChange change : changes) {
            if (change.path().equals(ProjectPaths.OUTLINE)) {
                outline[0] = author;
            } else if (change.path().startsWith(ProjectPaths.CLAUSES + "/")) {
                String id = ProjectPaths.idOf(change.path());
                if (Ids.isValid(id)) {
                    byClause.put(id, author);
                }
            }
        }
    }

    private static int indexOf(List<Version> log, Version version) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).id().equals(version.id())) {
                return i;
            }
        }
        return -1;
    }
}
