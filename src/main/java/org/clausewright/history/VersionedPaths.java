package org.clausewright.history;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.clausewright.store.AtomicFiles;
import org.clausewright.store.ProjectParts;
import org.clausewright.store.ProjectPaths;

/** Which files belong to a version, and which project-relative paths are safe to write. */
final class VersionedPaths {
    static final String LOCK_FILE = ProjectPaths.LOCK;
    static final String TEMP_PATTERN = "*" + AtomicFiles.TEMP_SUFFIX;
    static final String CLAUSES = ProjectPaths.CLAUSES;
    static final String ANNOTATIONS = ProjectPaths.ANNOTATIONS;
    /** Written by Clausewright with the repository, so that git clients leave out the lock and temporary files. */
    static final String GITIGNORE = ".gitignore";

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private VersionedPaths() {
    }

    /** The lock and torn-write leftovers stay out of versions even if someone edits .gitignore. */
    static boolean neverVersioned(String path) {
        String name = name(path);
        return name.equals(LOCK_FILE) || name.endsWith(AtomicFiles.TEMP_SUFFIX);
    }

    /** Files the committee works with: not hidden (.gitignore, .git) and not scratch files. */
    static boolean isVisible(String path) {
        if (neverVersioned(path)) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** The files a draft consists of; restoring a whole draft touches these and nothing else. */
    static boolean isDraftFile(String path) {
        if (path.equals(ProjectPaths.PROJECT) || path.equals(ProjectPaths.OUTLINE)
                || path.equals(ProjectPaths.UNPLACED)) {
            return true;
        }
        String[] parts = path.split("/");
        if (parts[0].equals(ProjectPaths.FRAMEWORKS)) {
            return ProjectParts.isFrameworkFile(path) && isVisible(path);
        }
        if (parts[0].equals(ProjectPaths.TRANSLATIONS)) {
            return (ProjectParts.isTranslationFile(path) || ProjectParts.isTitlesFile(path)) && isVisible(path);
        }
        return parts.length == 2 && (parts[0].equals(CLAUSES) || parts[0].equals(ANNOTATIONS))
                && parts[1].endsWith(".json") && isVisible(path);
    }

    /**
     * The files recording takes from the folder: the draft's and the {@code .gitignore} Clausewright writes. A
     * member's notes, an editor's backup or swap file, a desktop's {@code .DS_Store} are never staged.
     */
    static boolean isProjectFile(String path) {
        return path.equals(GITIGNORE) || isDraftFile(path);
    }

    /** Refuses paths that could reach outside the project folder or into hidden files. */
    static String requireSafe(String path) throws HistoryException {
        if (!isSafe(path)) {
            throw new HistoryException("the path " + (path == null ? "(none)" : "\"" + path + "\"")
                    + " is not a project file: use a relative path such as clauses/duty-of-care.json");
        }
        return path;
    }

    static boolean isSafe(String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SAFE_SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    static Path resolve(Path folder, String safePath) {
        return folder.resolve(safePath.replace('/', folder.getFileSystem().getSeparator().charAt(0)));
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
