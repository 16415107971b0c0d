package org.clausewright.docx;

import java.time.Instant;
import java.util.Objects;

/**
 * Which state of the project a document shows, as printed on its cover and stored in its properties.
 *
 * @param id         the version id, or "working" for unrecorded changes
 * @param label      the version's label; for unrecorded changes, the label of the version they follow, or "" when
 *                   no version was recorded yet
 * @param status     the label of a milestone marking the version, or null for a working draft
 * @param author     who recorded the version (the document's author property)
 * @param unrecorded whether the document shows changes not recorded as a version yet
 */
public record VersionStamp(String id, String label, Instant date, String status, String author, boolean unrecorded) {
    public VersionStamp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
    }

    /** A recorded version. */
    public VersionStamp(String id, String label, Instant date, String status, String author) {
        this(id, label, date, status, author, false);
    }

    /** Unrecorded changes after the version labelled {@code after} (null: no version was recorded yet). */
    public static VersionStamp working(String id, String after, Instant date, String author) {
        return new VersionStamp(id, after == null ? "" : after, date, null, author, true);
    }

    /**
     * The label as the document prints it, in the document's language: "Working draft 4 + unrecorded changes",
     * "Unrecorded draft" when nothing was recorded before.
     */
    String printed(Messages messages) {
        if (!unrecorded) {
            return label;
        }
        return label.isEmpty() ? messages.get("version.unrecordedDraft")
                : messages.get("version.unrecordedChanges", label);
    }
}
