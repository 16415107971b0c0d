package org.clausewright.diff;

import java.util.Objects;

/**
 * One changed metadata field of a clause, with both values as the committee reads them: status by its key
 * ("agreed"), lists joined with ", ", an empty string for no value.
 */
public record MetadataChange(Field field, String oldValue, String newValue) {
    public enum Field {
        CATEGORY("category"),
        TAGS("tags"),
        STATUS("status"),
        RATIONALE("rationale"),
        SOURCES("sources"),
        ALTERNATIVE_OF("alternativeOf");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** The field's name in clause files. */
        public String key() {
            return key;
        }
    }

    public MetadataChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
