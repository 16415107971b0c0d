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

    private final Version from;
    private final ChangeAuthor fallback;
    private final Map<String, ChangeAuthor> byClause = new HashMap<>();
    private final Set<String> changedClauses = new HashSet<>();
    private ChangeAuthor outline;

    private ChangeAttribution(Version from, ChangeAuthor fallback) {
        this.from = from;
        this.fallback = fallback;
    }

    /**
     * Who changed what going from {@code from} to {@code to}; only the history is read, not the project.
     *
     * @param unrecordedChanges what the folder holds beyond the latest version, when the working draft is
     *                         exported (the caller has it already); ignored otherwise
     */
    static ChangeAttribution since(VersionHistory history, Version from, Revision to,
                                   List<PathChange> unrecordedChanges, ChangeAuthor unrecorded)
            throws HistoryException {
        List<Version> log = history.log();
        int fromIndex = indexOf(log, from);
        int toIndex = to instanceof Version v ? indexOf(log, v) : -1;
        ChangeAuthor fallback = to instanceof Version v ? new ChangeAuthor(v.author(), v.time()) : unrecorded;
        ChangeAttribution attribution = new ChangeAttribution(from, fallback);
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
        return attribution;
    }

    /** The baseline for the export of {@code exported}: only the clause files that changed are read from it. */
    Baseline baseline(VersionHistory history, Project exported)
            throws HistoryException, IOException, ProjectFileException {
        Project previous = BaselineProject.read(history.files(from), exported, changedClauses);
        return new Baseline(previous, from.label(), byClause, outline, fallback);
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
