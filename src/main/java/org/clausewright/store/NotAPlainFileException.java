package org.clausewright.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A path in the project folder that is not a plain file or folder of its own: a symbolic link (never
 * followed: a project received from someone else must not pull in files from elsewhere on this computer),
 * or a folder where a file belongs. The reader reports it as a problem of that file.
 */
public final class NotAPlainFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String reason;

    /** The message names the file in full; the problem, inside the project, by its project-relative path. */
    NotAPlainFileException(Path root, String path, String reason) {
        super(root.resolve(path) + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    static NotAPlainFileException link(Path root, String path, boolean folder) {
        return new NotAPlainFileException(root, path, "is a symbolic link; Clausewright reads only plain files inside "
                + "the project folder — replace it with a copy of the " + (folder ? "folder" : "file"));
    }

    static NotAPlainFileException folder(Path root, String path) {
        return new NotAPlainFileException(root, path, "is a folder where a file should be — move it out of the project "
                + "folder");
    }

    /** The project-relative path, as in "clauses/x.json". */
    public String path() {
        return path;
    }

    public Problem problem() {
        return Problem.ofFile(path, reason);
    }
}
