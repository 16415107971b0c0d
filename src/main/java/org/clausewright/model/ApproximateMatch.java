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
