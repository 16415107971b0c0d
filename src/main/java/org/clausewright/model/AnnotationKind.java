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
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static String allKeys() {
        return Arrays.stream(values()).map(AnnotationKind::key).collect(Collectors.joining(", "));
    }
}
