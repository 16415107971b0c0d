package org.clausewright.app;

import org.clausewright.model.TranslationState;

/**
 * One clause in one target language.
 *
 * @param since    for an outdated translation, the label of the recorded version that changed the source; null when
 *                 the change is not recorded yet or not found in the history
 * @param madeFrom the version label the translation says it was made from, or empty
 */
public record TranslationRow(String clauseId, String language, TranslationState state, String since,
                             String madeFrom) {
}
