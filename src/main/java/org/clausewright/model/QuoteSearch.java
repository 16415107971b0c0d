package org.clausewright.model;

/**
 * Finds the best place for an anchor's quote in a text, exactly or approximately. Among equally good
 * places the choice is always the same one: most context, then closest to where the anchor was
 * expected, then earliest — never whichever the search happened to meet first.
 */
final class QuoteSearch {
    private QuoteSearch() {
    }

    /** The best exact occurrence of the quote, or null when it does not occur. */
    static ContextMatch exact(TextAnchor anchor, String text, int expected) {
        String quote = anchor.quote();
        ContextMatch best = null;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
            ContextMatch m = new ContextMatch(at, at + quote.length(), 0,
                    contextScore(anchor, text, at, at + quote.length()));
            best = better(best, m, expected);
        }
        return best;
    }

    /** The best approximate occurrence within maxDistance edits, or null when there is none. */
    static ContextMatch approximate(TextAnchor anchor, String text, int expected, int maxDistance) {
        // most detached quotes are nowhere near: that is settled quickly, before the search for where
        if (!ApproximateMatch.any(anchor.quote(), text, maxDistance)) {
            return null;
        }
        ContextMatch best = null;
        for (ApproximateMatch.Candidate c : ApproximateMatch.best(anchor.quote(), text, maxDistance)) {
            ContextMatch m = new ContextMatch(c.start(), c.end(), c.distance(),
                    contextScore(anchor, text, c.start(), c.end()));
            best = better(best, m, expected);
        }
        return best;
    }

    /** Characters of the old prefix still right before start plus those of the old suffix right after end. */
    static int contextScore(TextAnchor anchor, String text, int start, int end) {
        String prefix = anchor.prefix();
        int before = 0;
        while (before < prefix.length() && start - 1 - before >= 0
                && text.charAt(start - 1 - before) == prefix.charAt(prefix.length() - 1 - before)) {
            before++;
        }
        String suffix = anchor.suffix();
        int after = 0;
        while (after < suffix.length() && end + after < text.length()
                && text.charAt(end + after) == suffix.charAt(after)) {
            after++;
        }
        return before + after;
    }

    private static ContextMatch better(ContextMatch current, ContextMatch candidate, int expected) {
        if (current == null) {
            return candidate;
        }
        if (candidate.distance() != current.distance()) {
            return candidate.distance() < current.distance() ? candidate : current;
        }
        if (candidate.contextScore() != current.contextScore()) {
            return candidate.contextScore() > current.contextScore() ? candidate : current;
        }
        int candidateGap = Math.abs(candidate.start() - expected);
        int currentGap = Math.abs(current.start() - expected);
        if (candidateGap != currentGap) {
            return candidateGap < currentGap ? candidate : current;
        }
        return candidate.start() < current.start() ? candidate : current;
    }
}
