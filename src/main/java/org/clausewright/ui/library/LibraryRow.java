package org.clausewright.ui.library;

import org.clausewright.model.ClauseStatus;

import java.util.List;

/**
 * A clause as the library lists it.
 *
 * @param number   its number in the draft, or "" when it is only in the library
 * @param categoryName the name of its category as the project lists it ("Ethical standards"), else its id
 * @param haystack heading and text in lower case, searched on every keystroke in the search field
 * @param addresses the framework elements it addresses, by {@link org.clausewright.model.Address#key()}
 */
public record LibraryRow(String clauseId, String number, String heading, String category,
                         String categoryName, List<String> tags,
                         ClauseStatus status, String statusText, String alternativeOf, String haystack,
                         java.util.Set<String> addresses) {
    public boolean inDraft() {
        return !number.isEmpty();
    }
}
