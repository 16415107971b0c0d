package org.clausewright.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The square brackets of a clause text, as in treaty negotiation: each bracketed passage is wording
 * not yet agreed. A passage bracketed inside another is part of the same dispute, so only outermost
 * passages count as open brackets. Unmatched brackets are reported, not guessed at, and they do not
 * change how the balanced pairs around them nest.
 */
public final class Brackets {
    private final List<BracketSpan> spans;
    private final List<UnbalancedBracket> unbalanced;

    private Brackets(List<BracketSpan> spans, List<UnbalancedBracket> unbalanced) {
        this.spans = List.copyOf(spans);
        this.unbalanced = List.copyOf(unbalanced);
    }

    public static Brackets in(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        List<int[]> pairs = new ArrayList<>();
        List<UnbalancedBracket> unbalanced = new ArrayList<>();
        // from one bracket to the next: every clause is looked at as a draft is read, and most of a text is words
        int nextOpen = text.indexOf('[');
        int nextClose = text.indexOf(']');
        while (nextOpen >= 0 || nextClose >= 0) {
            if (nextClose < 0 || nextOpen >= 0 && nextOpen < nextClose) {
                open.push(nextOpen);
                nextOpen = text.indexOf('[', nextOpen + 1);
            } else {
                if (open.isEmpty()) {
                    unbalanced.add(new UnbalancedBracket(nextClose, ']'));
                } else {
                    pairs.add(new int[] {open.pop(), nextClose + 1});
                }
                nextClose = text.indexOf(']', nextClose + 1);
            }
        }
        open.descendingIterator().forEachRemaining(i -> unbalanced.add(new UnbalancedBracket(i, '[')));
        unbalanced.sort(Comparator.comparingInt(UnbalancedBracket::offset));
        return new Brackets(nest(text, pairs), unbalanced);
    }

    // Depth counts only balanced pairs: with "[a [b] c" the inner pair is still an outermost passage.
    private static List<BracketSpan> nest(String text, List<int[]> pairs) {
        pairs.sort(Comparator.comparingInt((int[] p) -> p[0]));
        List<BracketSpan> spans = new ArrayList<>(pairs.size());
        Deque<Integer> enclosingEnds = new ArrayDeque<>();
        for (int[] p : pairs) {
            while (!enclosingEnds.isEmpty() && enclosingEnds.peek() <= p[0]) {
                enclosingEnds.pop();
            }
            enclosingEnds.push(p[1]);
            spans.add(new BracketSpan(p[0], p[1], text.substring(p[0] + 1, p[1] - 1), enclosingEnds.size()));
        }
        return spans;
    }

    /** Every balanced passage, nested ones included, in the order of their "[". */
    public List<BracketSpan> spans() {
        return spans;
    }

    public List<BracketSpan> outermost() {
        return spans.stream().filter(BracketSpan::isOutermost).toList();
    }

    /** Open brackets in the negotiating sense: outermost balanced passages. */
    public int openCount() {
        return (int) spans.stream().filter(BracketSpan::isOutermost).count();
    }

    public int maxDepth() {
        return spans.stream().mapToInt(BracketSpan::depth).max().orElse(0);
    }

    /** Unmatched "[" and "]" in the order they appear in the text. */
    public List<UnbalancedBracket> unbalanced() {
        return unbalanced;
    }

    public boolean isBalanced() {
        return unbalanced.isEmpty();
    }
}
