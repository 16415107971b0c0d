package org.clausewright.store;

import org.clausewright.model.Clause;
import org.clausewright.model.Ids;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;

import java.util.Objects;
import java.util.Optional;

/**
 * Which part of a project each file holds: project.json the information, outline.json the outline,
 * unplaced.json the unplaced threads, clauses/ID.json a clause, annotations/ID.json its threads,
 * translations/LANGUAGE/ID.json its version in that language, frameworks/ID.json a framework. Lets a
 * change found in one file be taken into, or kept out of, a project in memory without touching the rest.
 */
public final class ProjectParts {
    private ProjectParts() {
    }

    /** Whether {@code path} names a file of a project ("clauses/x.json"), as opposed to anything else in the folder. */
    public static boolean isProjectFile(String path) {
        if (path.equals(ProjectPaths.PROJECT) || path.equals(ProjectPaths.OUTLINE)
                || path.equals(ProjectPaths.UNPLACED)) {
            return true;
        }
        if (isTranslationFile(path) || isTitlesFile(path)) {
            return true;
        }
        int slash = path.indexOf('/');
        if (slash < 0 || !path.endsWith(".json") || path.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        String folder = path.substring(0, slash);
        return (folder.equals(ProjectPaths.CLAUSES) || folder.equals(ProjectPaths.ANNOTATIONS)
                || folder.equals(ProjectPaths.FRAMEWORKS))
                && Ids.isValid(ProjectPaths.idOf(path));
    }

    /** The clause id of a clause, annotations or translation file, empty for the other files. */
    public static Optional<String> clauseId(String path) {
        return path.contains("/") && !isTitlesFile(path) && !isFrameworkFile(path)
                ? Optional.of(ProjectPaths.idOf(path)) : Optional.empty();
    }

    /** Whether {@code path} is a framework's file: frameworks/ID.json. */
    public static boolean isFrameworkFile(String path) {
        String[] segments = path.split("/", -1);
        return segments.length == 2 && segments[0].equals(ProjectPaths.FRAMEWORKS) && segments[1].endsWith(".json")
                && Ids.isValid(ProjectPaths.idOf(path));
    }

    public static boolean isClauseFile(String path) {
        return path.startsWith(ProjectPaths.CLAUSES + "/");
    }

    /** Whether {@code path} is a translation file: translations/LANGUAGE/CLAUSE-ID.json. */
    public static boolean isTranslationFile(String path) {
        String[] segments = path.split("/", -1);
        return segments.length == 3 && segments[0].equals(ProjectPaths.TRANSLATIONS)
                && Languages.isValidTag(segments[1]) && segments[2].endsWith(".json")
                && Ids.isValid(ProjectPaths.idOf(path));
    }

    /** Whether {@code path} is the file of the draft's titles in one language: translations/LANGUAGE.json. */
    public static boolean isTitlesFile(String path) {
        String[] segments = path.split("/", -1);
        return segments.length == 2 && segments[0].equals(ProjectPaths.TRANSLATIONS) && segments[1].endsWith(".json")
                && Languages.isValidTag(ProjectPaths.idOf(path));
    }

    /** The language of a translation file ("translations/fr/x.json" → "fr"). */
    public static String languageOf(String path) {
        return path.split("/")[1];
    }

    /** The paths of every part either project has. */
    public static java.util.SortedSet<String> all(Project a, Project b) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(java.util.List.of(ProjectPaths.PROJECT,
                ProjectPaths.OUTLINE, ProjectPaths.UNPLACED));
        for (Project p : java.util.List.of(a, b)) {
            p.clauses().keySet().forEach(id -> paths.add(ProjectPaths.clause(id)));
            p.threads().keySet().forEach(id -> paths.add(ProjectPaths.annotations(id)));
            p.translations().all().forEach(t -> paths.add(ProjectPaths.translation(t.language(), t.clauseId())));
            p.translations().allTitles().keySet().forEach(language -> paths.add(ProjectPaths.titles(language)));
            p.frameworks().keySet().forEach(id -> paths.add(ProjectPaths.framework(id)));
        }
        return paths;
    }

    /** Whether {@code a} and {@code b} hold the same part at {@code path} (the same file would be written). */
    public static boolean same(Project a, Project b, String path) {
        return Objects.equals(part(a, path), part(b, path));
    }

    /** {@code into} with the part at {@code path} as {@code from} has it (absent there: absent here too). */
    public static Project copy(Project into, Project from, String path) {
        String id = clauseId(path).orElse(null);
        if (isFrameworkFile(path)) {
            String frameworkId = ProjectPaths.idOf(path);
            return from.framework(frameworkId).map(into::withFramework)
                    .orElseGet(() -> into.withoutFramework(frameworkId));
        }
        if (isTitlesFile(path)) {
            String language = ProjectPaths.idOf(path);
            return into.withTranslations(from.translations().titles(language)
                    .map(t -> into.translations().withTitles(t))
                    .orElseGet(() -> into.translations().withoutTitles(language)));
        }
        if (path.equals(ProjectPaths.PROJECT)) {
            return into.withInfo(from.info());
        } else if (path.equals(ProjectPaths.OUTLINE)) {
            return into.withOutline(from.outline());
        } else if (path.equals(ProjectPaths.UNPLACED)) {
            return into.withUnplaced(from.unplaced());
        } else if (isTranslationFile(path)) {
            String language = languageOf(path);
            return into.withTranslations(from.translations().of(language, id)
                    .map(t -> into.translations().with(t))
                    .orElseGet(() -> into.translations().without(language, id)));
        } else if (isClauseFile(path)) {
            Clause clause = from.clause(id).orElse(null);
            // a clause's threads are another file: removing the clause keeps them
            return clause != null ? into.withClause(clause)
                    : into.withoutClause(id).withThreads(id, into.threadsOf(id));
        }
        return into.withThreads(id, from.threadsOf(id));
    }

    private static Object part(Project project, String path) {
        if (isFrameworkFile(path)) {
            return project.framework(ProjectPaths.idOf(path)).orElse(null);
        }
        if (isTitlesFile(path)) {
            return project.translations().titles(ProjectPaths.idOf(path)).orElse(null);
        }
        if (path.equals(ProjectPaths.PROJECT)) {
            return project.info();
        } else if (path.equals(ProjectPaths.OUTLINE)) {
            return project.outline();
        } else if (path.equals(ProjectPaths.UNPLACED)) {
            return project.unplaced();
        }
        String id = clauseId(path).orElseThrow();
        if (isTranslationFile(path)) {
            return project.translations().of(languageOf(path), id).orElse(null);
        }
        return isClauseFile(path) ? project.clause(id).orElse(null) : project.threadsOf(id);
    }
}
