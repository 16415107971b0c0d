package org.clausewright.merge;

import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One side's outline as sequences of keyed elements, which is what {@link OutlineMerge} merges: the parts in the
 * root ("p:" + id), a part's clauses and sections ("c:", "s:"), a section's clauses. Containers are named by their
 * element key; the root is {@link #ROOT}.
 */
final class OutlineView {
    static final String ROOT = "";

    final Map<String, List<String>> sequences = new LinkedHashMap<>();
    final Map<String, String> containerOf = new HashMap<>();
    final Map<String, String> titles = new HashMap<>();

    OutlineView(Outline outline) {
        List<String> root = sequence(ROOT);
        for (Part part : outline.parts()) {
            String p = "p:" + part.id();
            if (containerOf.containsKey(p)) {
                continue;
            }
            root.add(p);
            containerOf.put(p, ROOT);
            titles.put(p, part.title());
            List<String> items = sequence(p);
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    place(items, "c:" + ref.clauseId(), p);
                } else if (item instanceof Section section) {
                    String s = "s:" + section.id();
                    if (place(items, s, p)) {
                        titles.put(s, section.title());
                        List<String> clauses = sequence(s);
                        section.clauseIds().forEach(c -> place(clauses, "c:" + c, s));
                    }
                }
            }
        }
    }

    private List<String> sequence(String container) {
        return sequences.computeIfAbsent(container, k -> new ArrayList<>());
    }

    // A clause or section placed twice (a hand-edited outline) counts where it is first, as the reader does.
    private boolean place(List<String> sequence, String key, String container) {
        if (containerOf.containsKey(key)) {
            return false;
        }
        sequence.add(key);
        containerOf.put(key, container);
        return true;
    }

    boolean has(String key) {
        return containerOf.containsKey(key);
    }

    List<String> sequenceOf(String container) {
        return sequences.getOrDefault(container, List.of());
    }

    /** The element before {@code key} in its container, "" when it is first; "-" when it is not in the outline. */
    String before(String key) {
        String container = containerOf.get(key);
        if (container == null) {
            return "-";
        }
        List<String> sequence = sequenceOf(container);
        int i = sequence.indexOf(key);
        return i <= 0 ? "" : sequence.get(i - 1);
    }

    /** Elements of {@code container} that the base has there too but whose order against the others changed. */
    Set<String> movedWithin(String container, OutlineView base) {
        List<String> mine = sequenceOf(container).stream().filter(k -> container.equals(base.containerOf.get(k)))
                .toList();
        List<String> theirs = base.sequenceOf(container).stream().filter(k -> container.equals(containerOf.get(k)))
                .toList();
        Set<String> kept = lcs(theirs, mine);
        Set<String> moved = new HashSet<>(mine);
        moved.removeAll(kept);
        return moved;
    }

    private static Set<String> lcs(List<String> a, List<String> b) {
        int m = a.size();
        int n = b.size();
        if (a.equals(b)) {
            return new HashSet<>(a);
        }
        int[][] len = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        Set<String> common = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
