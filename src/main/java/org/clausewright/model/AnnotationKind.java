package org.clausewright.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

public enum AnnotationKind {
    COMMENT("comment"),
    QUESTION("question"),
    OBJECTION("objection"),
    /** Carries replacement text for the anchored words. */
    SUGGESTION("suggestion");

    private final String key;

    AnnotationKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<AnnotationKind> fromKey(String key) {
        // a plain loop: this runs for every clause or thread read, and a stream costs several times more
        for (AnnotationKind value : values()) {
            if (value.key.equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public static String allKeys() {
        return Arrays.stream(values()).map(AnnotationKind::key).collect(Collectors.joining(", "));
    }
}
