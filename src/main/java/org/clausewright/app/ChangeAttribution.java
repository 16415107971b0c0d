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
import java.util.ArrayList;
import java.util.Collections;
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
    /** The only files whose changes are credited: outline.json and the clause files. */
    private static final List<String> ATTRIBUTED = List.of(ProjectPaths.OUTLINE, ProjectPaths.CLAUSES);

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
            List<Version> later = new ArrayList<>(log.subList(Math.max(toIndex, 0), fromIndex));
            Collections.reverse(later);
            Map<String, Version> latest = history.latestChanges(from, later, ATTRIBUTED);
            latest.forEach((path, v) -> attribution.attribute(path, new ChangeAuthor(v.author(), v.time())));
            if (toIndex < 0) {
                for (PathChange change : unrecordedChanges) {
                    attribution.attribute(change.path(), unrecorded);
                }
            }
        } else {
            // Exporting a version older than the baseline: nobody is credited, but the files still differ.
            attribution.changed(history.changedPaths(from, to));
        }
        ChangeAuthor fallback = to instanceof Version v ? new ChangeAuthor(v.author(), v.time()) : unrecorded;
        Project previous = BaselineProject.read(history.files(from), exported, attribution.changedClauses);
        return new Baseline(previous, from.label(), attribution.byClause, attribution.outline, fallback);
    }

    /** Later calls win: the caller goes from older changes to newer ones. */
    private void attribute(String path, ChangeAuthor author) {
        if (path.equals(ProjectPaths.OUTLINE)) {
            outline = author;
        }
        String id = changedClause(path);
        if (id != null) {
            byClause.put(id, author);
        }
    }

    private void changed(List<PathChange> changes) {
        for (PathChange change : changes) {
            changedClause(change.path());
        }
    }

    /** Notes a changed clause file, which the baseline must read, and returns its id (null for other files). */
    private String changedClause(String path) {
        if (path.startsWith(ProjectPaths.CLAUSES + "/")) {
            String id = ProjectPaths.idOf(path);
            if (Ids.isValid(id)) {
                changedClauses.add(id);
                return id;
            }
        }
        return null;
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
