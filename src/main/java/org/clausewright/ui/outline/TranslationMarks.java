package org.clausewright.ui.outline;

import org.clausewright.model.TranslationState;

import java.util.Map;
import java.util.Optional;

/**
 * What the outline marks on each clause for the working language: its translation's state and, for an outdated one,
 * the recorded version that changed the source.
 *
 * @param language the working language's tag; "" when the source is chosen (no marks)
 * @param name     the language's name in the member's language
 */
public record TranslationMarks(String language, String name, Map<String, TranslationState> states,
                               Map<String, String> since) {
    public static final TranslationMarks NONE = new TranslationMarks("", "", Map.of(), Map.of());

    public TranslationMarks {
        states = Map.copyOf(states);
        since = Map.copyOf(since);
    }

    public Optional<TranslationState> stateOf(String clauseId) {
        return language.isEmpty() ? Optional.empty() : Optional.ofNullable(states.get(clauseId));
    }

    /** The label of the version that changed the source of an outdated translation, when it is recorded. */
    public Optional<String> sinceOf(String clauseId) {
        return Optional.ofNullable(since.get(clauseId));
    }
}
