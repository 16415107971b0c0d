package org.clausewright.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A number in the outline: [3] is Part 3, [3, 2] is 3.2 (a clause or section of part 3), [3, 2, 1] is 3.2.1
 * (a clause in section 3.2). After numbering is frozen, an item inserted after 2.3 is 2.3 bis: each level may
 * carry a Latin suffix (1 bis, 2 ter, 3 quater …), counted in {@code suffixes} (0 for none).
 */
public record OutlineNumber(List<Integer> path, List<Integer> suffixes) implements Comparable<OutlineNumber> {
    private static final List<String> LATIN = List.of("", "bis", "ter", "quater", "quinquies", "sexies", "septies",
            "octies", "novies", "decies", "undecies", "duodecies", "terdecies", "quaterdecies", "quindecies",
            "sexdecies", "septdecies", "octodecies", "novodecies", "vicies");

    public OutlineNumber {
        path = List.copyOf(path);
        suffixes = List.copyOf(suffixes);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a number has at least one level");
        }
        if (suffixes.size() != path.size()) {
            throw new IllegalArgumentException("a number needs one suffix count per level");
        }
    }

    /** A number by position, with no suffix. */
    public OutlineNumber(List<Integer> path) {
        this(path, Collections.nCopies(path.size(), 0));
    }

    public int depth() {
        return path.size();
    }

    /** This number with one more level, {@code n} and no suffix: the first clause of part 3 is 3.1. */
    public OutlineNumber child(int n) {
        List<Integer> p = new ArrayList<>(path);
        List<Integer> s = new ArrayList<>(suffixes);
        p.add(n);
        s.add(0);
        return new OutlineNumber(p, s);
    }

    /** The number with the next suffix at its last level: 2.3 → 2.3 bis → 2.3 ter. */
    public OutlineNumber nextSuffix() {
        List<Integer> s = new ArrayList<>(suffixes);
        s.set(s.size() - 1, s.get(s.size() - 1) + 1);
        return new OutlineNumber(path, s);
    }

    /** "3.2.1", "2.3 bis", "2 bis.1" (a part is just "3"). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(path.get(i));
            int suffix = suffixes.get(i);
            if (suffix > 0) {
                sb.append(' ').append(suffix < LATIN.size() ? LATIN.get(suffix) : "bis-" + suffix);
            }
        }
        return sb.toString();
    }

    /** Reads what {@link #toString} wrote; empty when {@code text} is not such a number. */
    public static java.util.Optional<OutlineNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        List<Integer> p = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        for (String level : text.strip().split("\\.", -1)) {
            String[] words = level.strip().split(" +");
            if (words.length > 2 || words[0].isEmpty() || words[0].length() > 9 || !words[0].chars().allMatch(
                    c -> c >= '0' && c <= '9')) {
                return java.util.Optional.empty();
            }
            p.add(Integer.parseInt(words[0]));
            if (words.length == 1) {
                s.add(0);
            } else {
                int suffix = LATIN.indexOf(words[1]);
                if (suffix <= 0 && words[1].startsWith("bis-") && words[1].length() > 4
                        && words[1].length() < 10 && words[1].substring(4).chars().allMatch(c -> c >= '0' && c <= '9')) {
                    suffix = Integer.parseInt(words[1].substring(4));
                }
                if (suffix <= 0) {
                    return java.util.Optional.empty();
                }
                s.add(suffix);
            }
        }
        return java.util.Optional.of(new OutlineNumber(p, s));
    }

    @Override
    public int compareTo(OutlineNumber other) {
        for (int i = 0; i < Math.min(path.size(), other.path.size()); i++) {
            int c = Integer.compare(path.get(i), other.path.get(i));
            if (c == 0) {
                c = Integer.compare(suffixes.get(i), other.suffixes.get(i));
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(path.size(), other.path.size());
    }
}
