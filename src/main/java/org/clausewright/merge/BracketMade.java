package org.clausewright.merge;

import org.clausewright.model.BracketOption;

import java.util.List;

/**
 * A bracket the merge put in a clause because both sites changed the same words differently, with the thread
 * "merge: needs a decision" it opened on it.
 *
 * @param before  the words both sites started from
 */
public record BracketMade(String clauseId, String bracketId, String threadId, List<BracketOption> options,
                          String before) {
    public BracketMade {
        options = List.copyOf(options);
        before = before == null ? "" : before;
    }

    public List<String> optionTexts() {
        return options.stream().map(BracketOption::text).toList();
    }
}
