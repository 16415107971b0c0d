package org.clausewright.app;

/**
 * A file another program changed that the window has not taken in, and why: what waits for the member's
 * attention until the file, or the window, changes again.
 *
 * @param path   the project-relative path ("clauses/do-no-harm.json")
 * @param kind   why it was not taken in
 * @param detail for {@link Kind#INVALID}, where and what is wrong ("7:13: unexpected end of the file"); else ""
 */
public record OutsideChange(String path, Kind kind, String detail) {
    public enum Kind {
        /** Changed on disk while the window holds an unsaved edit of the same part: both are kept, neither saved. */
        CONFLICT,
        /** Not a project file as it stands (a half-saved editor buffer): taken in once it reads. */
        INVALID,
        /** A clause file deleted on disk: the clause stays in the window, and an edit writes it again. */
        DELETED
    }
}
