package org.clausewright.model;

import java.util.List;

/**
 * Bracketed passages side by side in a clause text ("[shall][should]"): the options of one bracket.
 * {@code text[start, end)} runs from the first "[" to just past the last "]".
 */
public record BracketGroup(int start, int end, List<BracketSpan> spans) {
    public BracketGroup {
        spans = List.copyOf(spans);
    }

    public List<String> options() {
        return spans.stream().map(BracketSpan::inside).toList();
    }
}
