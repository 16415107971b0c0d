package org.clausewright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Approximate substring search (Sellers 1980): the edit distance of a pattern to its best-matching
 * substring of a text, with a free start anywhere in the text. O(n·m) time, O(m) memory: instead of
 * keeping the whole matrix to backtrack, each cell carries the text offset where its best path began.
 */
final class ApproximateMatch {
    /** A substring {@code text[start, end)} at edit distance {@code distance} from the pattern. */
    record Candidate(int start, int end, int distance) {
    }

    private ApproximateMatch() {
    }

    /**
     * Whether {@link #best} would find anything: some substring of {@code text} within {@code maxDistance} edits
     * of {@code pattern} (maxDistance below the pattern's length). The same edit distance, computed with Myers'
     * bit-vector algorithm (1999) in blocks of 64 pattern characters: a column of the table costs a few word
     * operations per block instead of one step per character, and no start offsets are tracked. It answers the
     * common question about a detached quote (is it anywhere near?) at a small part of best()'s cost.
     */
    static boolean any(String pattern, String text, int maxDistance) {
        int m = pattern.length();
        if (maxDistance >= m) {
            return !best(pattern, text, maxDistance).isEmpty();
        }
        PatternMasks masks = new PatternMasks(pattern);
        int blocks = masks.blocks;
        long[] plus = new long[blocks];
        long[] minus = new long[blocks];
        java.util.Arrays.fill(plus, -1L);
        long lastRow = 1L << ((m - 1) & 63);
        int score = m;
        for (int j = 0; j < text.length(); j++) {
            long[] equal = masks.of(text.charAt(j));
            // the top row is 0 everywhere (a match may start anywhere): nothing comes in above block 0
            int carry = 0;
            for (int b = 0; b < blocks; b++) {
                long eq = equal == null ? 0 : equal[b];
                long pv = plus[b];
                long mv = minus[b];
                long xv = eq | mv;
                if (carry < 0) {
                    eq |= 1L;
                }
                long xh = (((eq & pv) + pv) ^ pv) | eq;
                long ph = mv | ~(xh | pv);
                long mh = pv & xh;
                long high = b == blocks - 1 ? lastRow : Long.MIN_VALUE;
                int out = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (carry < 0) {
                    mh |= 1L;
                } else if (carry > 0) {
                    ph |= 1L;
                }
                plus[b] = mh | ~(xv | ph);
                minus[b] = ph & xv;
                carry = out;
            }
            score += carry;
            if (score <= maxDistance) {
                return true;
            }
        }
        return false;
    }

    /** For each character of a pattern, the bit set of the rows (positions) where it occurs. */
    private static final class PatternMasks {
        private final int blocks;
        private final long[][] latin = new long[256][];
        private final java.util.Map<Character, long[]> others = new java.util.HashMap<>();

        PatternMasks(String pattern) {
            blocks = (pattern.length() + 63) >>> 6;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                long[] mask = c < 256 ? latin[c] : others.get(c);
                if (mask == null) {
                    mask = new long[blocks];
                    if (c < 256) {
                        latin[c] = mask;
                    } else {
                        others.put(c, mask);
                    }
                }
                mask[i >>> 6] |= 1L << (i & 63);
            }
        }

        long[] of(char c) {
            return c < 256 ? latin[c] : others.isEmpty() ? null : others.get(c);
        }
    }

    /**
     * Every end position whose best match has the smallest distance found, if that distance is at most
     * {@code maxDistance}; empty otherwise. Several ends can tie, so the caller decides by context.
     */
    static List<Candidate> best(String pattern, String text, int maxDistance) {
        int m = pattern.length();
        int[] dist = new int[m + 1];
        int[] from = new int[m + 1];
        int[] nextDist = new int[m + 1];
        int[] nextFrom = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            dist[i] = i;
        }
        List<Candidate> found = new ArrayList<>();
        int bound = maxDistance;
        for (int j = 1; j <= text.length(); j++) {
            char t = text.charAt(j - 1);
            nextDist[0] = 0;
            nextFrom[0] = j;
            for (int i = 1; i <= m; i++) {
                // Ties go to the diagonal so that matched characters, not gaps, decide the start.
                int best = dist[i - 1] + (pattern.charAt(i - 1) == t ? 0 : 1);
                int start = from[i - 1];
                if (dist[i] + 1 < best) {
                    best = dist[i] + 1;
                    start = from[i];
                }
                if (nextDist[i - 1] + 1 < best) {
                    best = nextDist[i - 1] + 1;
                    start = nextFrom[i - 1];
                }
                nextDist[i] = best;
                nextFrom[i] = start;
            }
            int d = nextDist[m];
            if (d < bound) {
                bound = d;
                found.clear();
            }
            if (d == bound && nextFrom[m] < j) {
                found.add(new Candidate(nextFrom[m], j, d));
            }
            int[] swap = dist;
            dist = nextDist;
            nextDist = swap;
            swap = from;
            from = nextFrom;
            nextFrom = swap;
        }
        return found;
    }
}
