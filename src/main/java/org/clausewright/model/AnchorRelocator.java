package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Finds annotation anchors again after a clause's text changed: exactly where the edit moved them,
 * else by their quote and context, else approximately, else leaves them detached as last seen.
 * Cheap when edits miss the quotes (a prefix/suffix comparison), so it can run on every keystroke.
 */
public final class AnchorRelocator {
    /** Below this length a quote is too likely to occur by chance to be matched approximately. */
    static final int MIN_FUZZY_QUOTE = 4;
    /** Quotes at least this long are evidence enough on their own for an exact re-find elsewhere. */
    static final int SELF_EVIDENT_QUOTE = 4;
    /** Fuzzy matches of quotes at least this long need no support from the context. */
    static final int SELF_EVIDENT_FUZZY_QUOTE = 10;
    /** Characters of old context that must still sit next to a match that is not evidence on its own. */
    static final int MIN_CONTEXT = 4;

    private AnchorRelocator() {
    }

    /** The most edit distance a fuzzy match of a quote may have (a quarter of its length). */
    public static int maxFuzzyDistance(String quote) {
        return quote.length() < MIN_FUZZY_QUOTE ? -1 : quote.length() / 4;
    }

    /** Re-finds an anchor when the text it was last placed in is unknown. */
    public static Relocation relocate(TextAnchor anchor, String newText) {
        return relocate(anchor, null, newText);
    }

    /**
     * Re-finds an anchor in {@code newText}; {@code oldText} (may be null) is the text just before the
     * edit, which lets anchors the edit did not touch move exactly with it.
     */
    public static Relocation relocate(TextAnchor anchor, String oldText, String newText) {
        TextChange change = oldText == null ? null : TextChange.between(oldText, newText);
        return relocate(anchor, oldText, change, newText);
    }

    /**
     * Re-finds any number of anchors made in {@code oldText} in {@code newText}, the edit between the two texts
     * worked out once rather than once per anchor (a review with thousands of comments on one clause).
     */
    public static Function<TextAnchor, Relocation> from(String oldText, String newText) {
        Objects.requireNonNull(newText, "newText");
        TextChange change = TextChange.between(oldText, newText);
        return anchor -> relocate(anchor, oldText, change, newText);
    }

    /** Re-finds the anchors of all threads of a clause whose text changed from oldText to newText. */
    public static Reanchoring relocateAll(String oldText, String newText, List<AnnotationThread> threads) {
        Objects.requireNonNull(newText, "newText");
        TextChange change = oldText == null ? null : TextChange.between(oldText, newText);
        List<AnnotationThread> updated = new ArrayList<>(threads.size());
        List<Reanchoring.Outcome> outcomes = new ArrayList<>(threads.size());
        for (AnnotationThread thread : threads) {
            Relocation r = relocate(thread.anchor(), oldText, change, newText);
            updated.add(thread.reanchored(r.anchor(), r.isDetached()));
            outcomes.add(new Reanchoring.Outcome(thread.id(), r.method(), !r.anchor().equals(thread.anchor()),
                    thread.detached()));
        }
        return new Reanchoring(updated, outcomes);
    }

    private static Relocation relocate(TextAnchor anchor, String oldText, TextChange change, String newText) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(newText, "newText");
        if (anchor.isWholeClause()) {
            return new Relocation(anchor, AnchorMethod.EXACT);
        }
        // Mapping through the edit is only sound for an anchor that really sat at its offsets before it;
        // a detached anchor's offsets belong to some older text.
        boolean satInOldText = change != null && anchor.matchesAt(oldText);
        if (satInOldText) {
            int start = change.mapRange(anchor.start(), anchor.end());
            if (start >= 0) {
                return found(newText, start, anchor.quote().length(), AnchorMethod.EXACT);
            }
        }
        if (anchor.matchesAt(newText)) {
            return found(newText, anchor.start(), anchor.quote().length(), AnchorMethod.EXACT);
        }
        int expected = satInOldText ? change.expectedOffset(anchor.start()) : anchor.start();
        ContextMatch quote = QuoteSearch.exact(anchor, newText, expected);
        if (quote != null && credible(anchor, SELF_EVIDENT_QUOTE, quote.contextScore())) {
            return found(newText, quote.start(), quote.end() - quote.start(), AnchorMethod.QUOTE);
        }
        int maxDistance = maxFuzzyDistance(anchor.quote());
        if (maxDistance >= 0) {
            ContextMatch fuzzy = QuoteSearch.approximate(anchor, newText, expected, maxDistance);
            if (fuzzy != null && credible(anchor, SELF_EVIDENT_FUZZY_QUOTE, fuzzy.contextScore())) {
                return found(newText, fuzzy.start(), fuzzy.end() - fuzzy.start(), AnchorMethod.FUZZY);
            }
        }
        return new Relocation(anchor, AnchorMethod.DETACHED);
    }

    // A short quote occurs by chance in many places: only its old neighbours make such a match credible.
    // When the anchor had no context at all (it quoted the whole text) there is nothing to ask for.
    private static boolean credible(TextAnchor anchor, int selfEvident, int contextScore) {
        if (anchor.quote().length() >= selfEvident) {
            return true;
        }
        return contextScore >= Math.min(MIN_CONTEXT, anchor.prefix().length() + anchor.suffix().length());
    }

    private static Relocation found(String text, int start, int length, AnchorMethod method) {
        return new Relocation(TextAnchor.of(text, start, start + length), method);
    }
}
