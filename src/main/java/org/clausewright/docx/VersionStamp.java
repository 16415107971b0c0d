package org.clausewright.docx;

import java.time.Instant;
import java.util.Objects;

/**
 * Which state of the project a document shows, as printed on its cover and stored in its properties.
 *
 * @param id     the version id, or "working" for unrecorded changes
 * @param status the label of a milestone marking the version, or null for a working draft
 * @param author who recorded the version (the document's author property)
 */
public record VersionStamp(String id, String label, Instant date, String status, String author) {
    public VersionStamp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
    }
}
