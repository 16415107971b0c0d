package org.clausewright.app;

import org.clausewright.diff.Comparison;
import org.clausewright.diff.DraftComparator;
import org.clausewright.history.HistoryException;
import org.clausewright.history.PathChange;
import org.clausewright.history.Revision;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.LanguageVersion;
import org.clausewright.model.Translation;
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
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

/**
 * Compares two versions (or a version and the working draft) reading only what it needs: both outlines,
 * both project.json files, and the clause files that changed or were renumbered; or the same of one language
 * version, its translations' files standing for the clauses'.
 *
 * @param filesRead how many clause files were read, to show that comparing does not read the whole project
 */
public record VersionComparison(Revision from, Revision to, Comparison comparison, int filesRead) {

    public static VersionComparison compare(Path dir, String fromSpec, String toSpec)
            throws IOException, HistoryException, ProjectFileException {
        return compare(dir, fromSpec, toSpec, null);
    }

    /**
     * As {@link #compare(Path, String, String)}, of the draft's version in {@code language} (null or the source
     * language: the source itself).
     */
    public static VersionComparison compare(Path dir, String fromSpec, String toSpec, String language)
            throws IOException, HistoryException, ProjectFileException {
        Versions.requireProject(dir);
        try (VersionHistory history = VersionHistory.open(dir)) {
            return compare(history, history.resolve(fromSpec), history.resolve(toSpec), language);
        }
    }

    public static VersionComparison compare(VersionHistory history, Revision from, Revision to)
            throws IOException, HistoryException, ProjectFileException {
        return compare(history, from, to, null);
    }

    /**
     * Compares the two revisions as they read in {@code language}: for a target language, each clause's heading,
     * text and brackets are its translation's (empty where it has none), the titles the language's; the clauses read
     * are those whose translation changed or that were renumbered.
     */
    public static VersionComparison compare(VersionHistory history, Revision from, Revision to, String language)
            throws IOException, HistoryException, ProjectFileException {
        ProjectFiles fromFiles = history.files(from);
        ProjectFiles toFiles = history.files(to);
        ProjectInfo toInfo = info(toFiles);
        String target = language == null || language.equals(toInfo.languages().source()) ? null : language;
        if (target != null && !toInfo.languages().hasTarget(target) && !info(fromFiles).languages().hasTarget(target)) {
            List<String> targets = toInfo.languages().targets();
            throw new IOException("\"" + target + "\" is not a target language of this project ("
                    + (targets.isEmpty() ? "it has none" : "its targets: " + String.join(", ", targets)) + ")");
        }
        Outline fromOutline = ProjectReader.readOutline(fromFiles).orElse(Outline.empty());
        Outline toOutline = ProjectReader.readOutline(toFiles).orElse(Outline.empty());

        String folder = target == null ? ProjectPaths.CLAUSES + "/" : ProjectPaths.translations(target) + "/";
        Set<String> wanted = new LinkedHashSet<>();
        for (PathChange change : history.changedPaths(from, to)) {
            if (change.path().startsWith(folder)) {
                String id = ProjectPaths.idOf(change.path());
                if (Ids.isValid(id)) {
                    wanted.add(id);
                }
            }
        }
        wanted.addAll(renumbered(fromOutline, toOutline));

        Project a = side(fromFiles, fromOutline, wanted, target);
        Project b = side(toFiles, toOutline, wanted, target);
        return new VersionComparison(from, to, DraftComparator.compare(a, b), a.clauses().size() + b.clauses().size());
    }

    /** One revision with the clauses in {@code wanted}, as it reads in {@code target} (null: the source). */
    private static Project side(ProjectFiles files, Outline outline, Set<String> wanted, String target)
            throws IOException, ProjectFileException {
        Map<String, Clause> clauses = new HashMap<>();
        for (String id : wanted) {
            ProjectReader.readClause(files, id).ifPresent(c -> clauses.put(id, c));
        }
        ProjectInfo info = info(files);
        if (target == null) {
            return new Project(info, outline, clauses, Map.of());
        }
        // a revision from before the language was added reads as having no translation into it
        Project project = new Project(info.withLanguages(info.languages().withTarget(target)), outline, clauses,
                Map.of());
        for (String id : clauses.keySet()) {
            Optional<Translation> t = ProjectReader.readTranslation(files, target, id);
            project = t.isPresent() ? project.withTranslation(t.get())
                    : project.withTranslation(new Translation(id, target, "", "", List.of(), null, null));
        }
        Optional<DraftTitles> titles = ProjectReader.readTitles(files, target);
        if (titles.isPresent()) {
            project = project.withTranslations(project.translations().withTitles(titles.get()));
        }
        return LanguageVersion.of(project, target);
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
