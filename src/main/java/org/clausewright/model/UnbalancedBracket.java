package org.clausewright.model;

/** A "[" that is never closed or a "]" that closes nothing, at {@code offset} in the clause text. */
public record UnbalancedBracket(int offset, char bracket) {
    public boolean isOpening() {
        return bracket == '[';
    }
}
