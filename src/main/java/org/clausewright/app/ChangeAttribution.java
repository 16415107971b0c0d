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
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectPaths;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who made each change shown in an export: walking the versions from the baseline to the exported one, a
 * clause's changes belong to the author of the latest version that changed its file, and outline changes
 * to the latest version that changed outline.json. Changes not yet recorded belong to the exporting member.
 * The same walk says which clause files may differ, so that only those are read from the baseline.
 */
final class ChangeAttribution {
    private final Map<String, ChangeAuthor> byClause = new HashMap<>();
    private final Set<String> changedClauses = new HashSet<>();
    private ChangeAuthor outline;

    private ChangeAttribution() {
    }

    /**
     * @param exported         the exported version, already read
     * @param unrecordedChanges what the folder holds beyond the latest version, when the working draft is
     *                         exported (the caller has it already); ignored otherwise
     */
    static Baseline baseline(VersionHistory history, Version from, Revision to, Project exported,
                             List<PathChange> unrecordedChanges, ChangeAuthor unrecorded)
            throws HistoryException, IOException, ProjectFileException {
        List<Version> log = history.log();
        int fromIndex = indexOf(log, from);
        int toIndex = to instanceof Version v ? indexOf(log, v) : -1;
        ChangeAttribution attribution = new ChangeAttribution();
        // The log is newest first: the versions after the baseline, oldest first, run from fromIndex - 1 down.
        if (fromIndex > toIndex) {
            Revision previousRevision = from;
            for (int i = fromIndex - 1; i >= Math.max(toIndex, 0); i--) {
                Version v = log.get(i);
                attribution.attribute(history.changedPaths(previousRevision, v), new ChangeAuthor(v.author(), v.time()));
                previousRevision = v;
            }
            if (toIndex < 0) {
                attribution.attribute(unrecordedChanges, unrecorded);
            }
        } else {
            // Exporting a version older than the baseline: nobody is credited, but the files still differ.
            attribution.changed(history.changedPaths(from, to));
        }
        ChangeAuthor fallback = to instanceof Version v ? new ChangeAuthor(v.author(), v.time()) : unrecorded;
        Project previous = BaselineProject.read(history.files(from), exported, attribution.changedClauses);
        return new Baseline(previous, from.label(), attribution.byClause, attribution.outline, fallback);
    }

    private void attribute(List<PathChange> changes, ChangeAuthor author) {
        for (PathChange change : changes) {
            if (change.path().equals(ProjectPaths.OUTLINE)) {
                outline = author;
            }
        }
        for (String id : changed(changes)) {
            byClause.put(id, author);
        }
    }

    /** Notes the clause files among the changes, which the baseline must read, and returns their ids. */
    private Set<String> changed(List<PathChange> changes) {
        Set<String> ids = new HashSet<>();
        for (PathChange change : changes) {
            if (change.path().startsWith(ProjectPaths.CLAUSES + "/")) {
                String id = ProjectPaths.idOf(change.path());
                if (Ids.isValid(id)) {
                    ids.add(id);
                }
            }
        }
        changedClauses.addAll(ids);
        return ids;
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
