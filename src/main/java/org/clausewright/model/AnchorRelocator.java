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
        return relocateAll(oldText, newText, threads, null);
    }

    /**
     * As {@link #relocateAll(String, String, List)}, with what {@code absences} knows (may be null): a detached
     * quote found nowhere in {@code oldText} is looked for only around the edit, where alone it can have
     * appeared; a detached quote found nowhere in {@code newText} is noted there for the next keystroke. The
     * outcome is the same as a whole search's.
     */
    public static Reanchoring relocateAll(String oldText, String newText, List<AnnotationThread> threads,
                                          QuoteAbsences absences) {
        Objects.requireNonNull(newText, "newText");
        TextChange change = oldText == null ? null : TextChange.between(oldText, newText);
        List<AnnotationThread> updated = new ArrayList<>(threads.size());
        List<Reanchoring.Outcome> outcomes = new ArrayList<>(threads.size());
        for (AnnotationThread thread : threads) {
            Relocation r;
            if (absences != null && thread.detached() && change != null
                    && absences.absentFrom(thread.anchor(), oldText)
                    && !appearedWhereEdited(thread.anchor().quote(), change, newText)) {
                r = new Relocation(thread.anchor(), AnchorMethod.DETACHED);
                absences.noteAbsent(thread.anchor(), newText);
            } else {
                r = relocate(thread.anchor(), oldText, change, newText);
                if (absences != null && r.isDetached() && absent(thread.anchor().quote(), newText)) {
                    absences.noteAbsent(r.anchor(), newText);
                }
            }
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

    /** Not one exact or approximate occurrence of the quote in the text. */
    static boolean absent(String quote, String text) {
        int maxDistance = maxFuzzyDistance(quote);
        return !quote.isEmpty() && text.indexOf(quote) < 0
                && (maxDistance < 0 || !ApproximateMatch.any(quote, text, maxDistance));
    }

    /**
     * Whether a quote that occurred nowhere in the old text occurs, exactly or approximately, in the new one.
     * Any substring of the new text outside the edited region is a substring of the old text too, so a new
     * occurrence must overlap the region (or, for a deletion, span the place where it was): it lies within the
     * longest occurrence's length (the quote's plus the edits allowed) on either side of the region.
     */
    private static boolean appearedWhereEdited(String quote, TextChange change, String newText) {
        int prefix = change.commonPrefix();
        int suffix = Math.min(change.commonSuffix(), Math.min(change.oldLength(), change.newLength()) - prefix);
        int maxDistance = Math.max(0, maxFuzzyDistance(quote));
        int reach = quote.length() + maxDistance;
        int from = Math.max(0, prefix - reach);
        int to = Math.min(newText.length(), change.newLength() - suffix + reach);
        return !absent(quote, newText.substring(from, to));
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
