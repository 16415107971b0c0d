package org.clausewright.model;

import java.util.Optional;

/** Where a clause stands in one target language. */
public enum TranslationState {
    /** Made from the source's heading and text as they are now (or confirmed against them). */
    CURRENT("current"),
    /** Made from an earlier heading or text of the source: to be updated or confirmed. */
    OUTDATED("outdated"),
    /** No translation into that language yet. */
    MISSING("missing");

    private final String key;

    TranslationState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static TranslationState of(Clause source, Optional<Translation> translation) {
        if (translation.isEmpty()) {
            return MISSING;
        }
        return translation.get().madeFrom().matches(source) ? CURRENT : OUTDATED;
    }

    public static TranslationState of(Project project, Clause source, String language) {
        return of(source, project.translations().of(language, source.id()));
    }
}
