package org.clausewright.model;

/**
 * A bracketed passage of contested wording: {@code text[start, end)} runs from its "[" to just past
 * its "]".
 *
 * @param inside the words between the brackets
 * @param depth  1 for an outermost passage, 2 for one bracketed inside it, and so on
 */
public record BracketSpan(int start, int end, String inside, int depth) {
    public boolean isOutermost() {
        return depth == 1;
    }
}
