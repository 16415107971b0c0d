package org.clausewright.docx.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates as Word and LibreOffice write them: with a Z, with an offset, or (LibreOffice) with no zone at all. */
final class WordDates {
    private WordDates() {
    }

    /** The instant, or null when the attribute is absent, scrubbed or not a date. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }
}
