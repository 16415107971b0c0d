package org.clausewright.history;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A version announced before its files are written: what the operation is ("the import of review.docx"),
 * the checkpoint recorded before it, the version it ends with, and each file it writes with the id of the
 * content it writes (stored in git beforehand), or empty for a file it deletes. Kept in
 * {@code .git/clausewright/pending-version.json} until the version is recorded, so that an operation killed
 * half way is finished by the next command (docs/file-format.md).
 *
 * @param files project-relative path → the id of the content it gets, or empty when it is deleted
 * @param merge the id of the other version the operation merges, whose version then has two parents (a
 *              sync); empty for an operation on this line of work alone (an import)
 */
public record PendingVersion(String what, String checkpoint, String label, String message, String author,
                             Instant time, Map<String, Optional<String>> files, Optional<String> merge) {
    public PendingVersion {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        files = Map.copyOf(files);
        Objects.requireNonNull(merge, "merge");
    }

    /** An operation that records a version on this line of work alone. */
    public PendingVersion(String what, String checkpoint, String label, String message, String author,
                          Instant time, Map<String, Optional<String>> files) {
        this(what, checkpoint, label, message, author, time, files, Optional.empty());
    }

    /** "The import of review.docx", for the start of a sentence. */
    public String whatCapitalised() {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
