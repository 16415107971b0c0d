package org.clausewright.app;

import org.clausewright.diff.Comparison;
import org.clausewright.diff.DraftComparator;
import org.clausewright.history.HistoryException;
import org.clausewright.history.PathChange;
import org.clausewright.history.Revision;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Ids;
import org.clausewright.model.Numbering;
import org.clausewright.model.Outline;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFiles;
import org.clausewright.store.ProjectPaths;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions (or a version and the working draft) reading only what it needs: both outlines,
 * both project.json files, and the clause files that changed or were renumbered.
 *
 * @param filesRead how many clause files were read, to show that comparing does not read the whole project
 */
public record VersionComparison(Revision from, Revision to, Comparison comparison, int filesRead) {

    public static VersionComparison compare(Path dir, String fromSpec, String toSpec)
            throws IOException, HistoryException, ProjectFileException {
        Versions.requireProject(dir);
        try (VersionHistory history = VersionHistory.open(dir)) {
            return compare(history, history.resolve(fromSpec), history.resolve(toSpec));
        }
    }

    public static VersionComparison compare(VersionHistory history, Revision from, Revision to)
            throws IOException, HistoryException, ProjectFileException {
        ProjectFiles fromFiles = history.files(from);
        ProjectFiles toFiles = history.files(to);
        Outline fromOutline = ProjectReader.readOutline(fromFiles).orElse(Outline.empty());
        Outline toOutline = ProjectReader.readOutline(toFiles).orElse(Outline.empty());

        Set<String> wanted = new LinkedHashSet<>();
        for (PathChange change : history.changedPaths(from, to)) {
            if (change.path().startsWith(ProjectPaths.CLAUSES + "/")) {
                String id = ProjectPaths.idOf(change.path());
                if (Ids.isValid(id)) {
                    wanted.add(id);
                }
            }
        }
        wanted.addAll(renumbered(fromOutline, toOutline));

        Map<String, Clause> fromClauses = new HashMap<>();
        Map<String, Clause> toClauses = new HashMap<>();
        for (String id : wanted) {
            ProjectReader.readClause(fromFiles, id).ifPresent(c -> fromClauses.put(id, c));
            ProjectReader.readClause(toFiles, id).ifPresent(c -> toClauses.put(id, c));
        }
        Project a = new Project(info(fromFiles), fromOutline, fromClauses, Map.of());
        Project b = new Project(info(toFiles), toOutline, toClauses, Map.of());
        return new VersionComparison(from, to, DraftComparator.compare(a, b), fromClauses.size() + toClauses.size());
    }

    /** Clauses whose number differs: their files did not change, but a reader wants their headings. */
    private static Set<String> renumbered(Outline from, Outline to) {
        Numbering a = from.numbering();
        Numbering b = to.numbering();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(from.clauseIds());
        all.addAll(to.clauseIds());
        for (String id : all) {
            if (!a.label(id).equals(b.label(id))) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static ProjectInfo info(ProjectFiles files) throws IOException, ProjectFileException {
        return ProjectReader.readInfo(files).orElseThrow(() -> new IOException("project.json is missing"));
    }
}
