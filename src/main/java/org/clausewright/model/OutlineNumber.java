package org.clausewright.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A computed number: [3] is Part 3, [3, 2] is 3.2 (a clause or section of part 3),
 * [3, 2, 1] is 3.2.1 (a clause in section 3.2).
 */
public record OutlineNumber(List<Integer> path) implements Comparable<OutlineNumber> {
    public OutlineNumber {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a number has at least one level");
        }
    }

    public int depth() {
        return path.size();
    }

    /** "3.2.1" (a part is just "3"). */
    @Override
    public String toString() {
        return path.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    @Override
    public int compareTo(OutlineNumber other) {
        for (int i = 0; i < Math.min(path.size(), other.path.size()); i++) {
            int c = Integer.compare(path.get(i), other.path.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(path.size(), other.path.size());
    }
}
