package org.clausewright.app;

import org.clausewright.store.OutsideChangeException;
import org.clausewright.store.ProjectParts;

import java.util.List;
import java.util.Optional;

/**
 * A file another program changed that the window has not taken in, and why: what waits for the member's
 * attention until the file, or the window, changes again.
 *
 * @param path   the project-relative path ("clauses/do-no-harm.json")
 * @param kind   why it was not taken in
 * @param detail for {@link Kind#INVALID}, where and what is wrong ("7:13: unexpected end of the file"); else ""
 */
public record OutsideChange(String path, Kind kind, String detail) {
    /** The clause a clause file holds ("do-no-harm"); empty for the other files. */
    public Optional<String> clauseId() {
        return clauseOf(path);
    }

    /** The clause a project-relative path holds when it is a clause file. */
    public static Optional<String> clauseOf(String path) {
        return ProjectParts.isClauseFile(path) ? ProjectParts.clauseId(path) : Optional.empty();
    }

    /** The files a failed save held back because another program changed them; empty for any other failure. */
    public static Optional<List<String>> heldBack(Throwable saveFailure) {
        return saveFailure instanceof OutsideChangeException e ? Optional.of(e.paths()) : Optional.empty();
    }

    public enum Kind {
        /** Changed on disk while the window holds an unsaved edit of the same part: both are kept, neither saved. */
        CONFLICT,
        /** Not a project file as it stands (a half-saved editor buffer): taken in once it reads. */
        INVALID,
        /** A clause file deleted on disk: the clause stays in the window, and an edit writes it again. */
        DELETED
    }
}
