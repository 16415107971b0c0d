package org.clausewright.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which items changed order. Of the items both sequences share, the longest run kept in the same relative
 * order stayed put and every other one moved: moving one clause ten places down marks that clause, not the
 * ten it passed. The shared items occur once in each sequence, so the longest common subsequence is the
 * longest increasing subsequence of their old positions, found in O(n log n).
 */
final class OrderChanges {
    private OrderChanges() {
    }

    /** The items of {@code after} that are also in {@code before} but outside the longest common order. */
    static Set<String> moved(List<String> before, List<String> after) {
        Map<String, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            oldIndex.putIfAbsent(before.get(i), i);
        }
        List<String> shared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : after) {
            if (oldIndex.containsKey(id) && seen.add(id)) {
                shared.add(id);
            }
        }
        Set<String> moved = new HashSet<>(shared);
        moved.removeAll(longestIncreasing(shared, oldIndex));
        return moved;
    }

    private static Set<String> longestIncreasing(List<String> items, Map<String, Integer> key) {
        int n = items.size();
        int[] tails = new int[n];      // tails[k]: index into items of the smallest tail of a run of length k+1
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int value = key.get(items.get(i));
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (key.get(items.get(tails[mid])) < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        Set<String> kept = new HashSet<>();
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            kept.add(items.get(i));
        }
        return kept;
    }
}
