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
import java.util.Optional;
import java.util.Set;

/**
 * Who made each change shown in an export: a clause's changes belong to the author of the version that gave
 * its file the exported content, found along the history's parent edges (so a change made on another site's
 * line of work and merged in is credited to its author there, not to the merge), and outline changes to the
 * version that made outline.json. Changes not yet recorded belong to the exporting member; a file that differs
 * although no version since the baseline made it (a merge kept the older side) to the exported version's
 * author. The same search says which clause files may differ, so that only those are read from the baseline.
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
     * @param latest            the latest version, the one the working draft is made on (when {@code to} is
     *                          the working draft)
     * @param unrecordedChanges what the folder holds beyond the latest version, when the working draft is
     *                          exported (the caller has it already); ignored otherwise
     */
    static ChangeAttribution since(VersionHistory history, Version from, Revision to, Optional<Version> latest,
                                   List<PathChange> unrecordedChanges, ChangeAuthor unrecorded)
            throws HistoryException {
        ChangeAuthor fallback = to instanceof Version v ? new ChangeAuthor(v.author(), v.time()) : unrecorded;
        ChangeAttribution attribution = new ChangeAttribution(from, fallback);
        Optional<Version> recorded = to instanceof Version v ? Optional.of(v) : latest;
        if (recorded.isPresent()) {
            history.changeOrigins(from, recorded.get(), ATTRIBUTED).forEach((path, origin) -> {
                if (origin.isPresent()) {
                    attribution.attribute(path, new ChangeAuthor(origin.get().author(), origin.get().time()));
                } else {
                    attribution.changedClause(path);
                }
            });
        }
        if (!(to instanceof Version)) {
            for (PathChange change : unrecordedChanges) {
                attribution.attribute(change.path(), unrecorded);
            }
        }
        return attribution;
    }

    /**
     * The baseline's own files: only the clause files that changed are read from it. Needs nothing of the
     * exported project, so it is read while that project is (see {@link #baseline}).
     */
    BaselineProject.Changed readBaseline(VersionHistory history)
            throws HistoryException, IOException, ProjectFileException {
        return BaselineProject.readChanged(history.files(from), changedClauses);
    }

    /** The baseline for the export of {@code exported}, from the files {@link #readBaseline} read. */
    Baseline baseline(BaselineProject.Changed read, Project exported) {
        return new Baseline(read.with(exported), from.label(), byClause, outline, fallback);
    }

    /** Later calls win: the unrecorded changes come after the recorded ones. */
    private void attribute(String path, ChangeAuthor author) {
        if (path.equals(ProjectPaths.OUTLINE)) {
            outline = author;
        }
        String id = changedClause(path);
        if (id != null) {
            byClause.put(id, author);
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
}
