package org.clausewright.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The three-way rules every field follows: a change on one side is taken; the same change on both is taken once. */
final class ThreeWay {
    private ThreeWay() {
    }

    /** Whether both sides changed the value, and differently. */
    static <T> boolean conflicts(T base, T ours, T theirs) {
        return !Objects.equals(ours, theirs) && !Objects.equals(ours, base) && !Objects.equals(theirs, base);
    }

    /**
     * The merged value when at most one side changed it, or both the same way; null when both changed it
     * differently and the caller must settle it.
     */
    static <T> T oneSided(T base, T ours, T theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return ours;
        }
        return Objects.equals(ours, base) ? theirs : null;
    }

    /** The changed side's value; ours when both changed it differently (callers list that conflict). */
    static <T> T pick(T base, T ours, T theirs) {
        return Objects.equals(ours, base) ? theirs : ours;
    }

    /**
     * A list used as a set (tags, sources): what either side added is in, what either side removed is out; kept in
     * ours' order, with theirs' additions after.
     */
    static List<String> set(List<String> base, List<String> ours, List<String> theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        Set<String> result = new LinkedHashSet<>(ours);
        result.addAll(theirs);
        for (String value : base) {
            if (!ours.contains(value) || !theirs.contains(value)) {
                result.remove(value);
            }
        }
        return new ArrayList<>(result);
    }

    /**
     * Elements with ids as a union by id: nothing either side has is dropped (what both removed is gone). Each
     * element present on both sides is {@code merge(base, ours, theirs)} (base null when it is new on both). Base's elements keep base's order; new
     * ones follow, sorted by id, so that the order does not depend on which side merges. When one side
     * left the list as it was, the result is the other side's list.
     */
    static <T> List<T> unionById(Collection<T> base, Collection<T> ours, Collection<T> theirs,
                                 Function<T, String> id, Merger<T> merge) {
        // one side unchanged: the other side's list as it is, order included
        if (ours.equals(theirs) || theirs.equals(base)) {
            return List.copyOf(ours);
        }
        if (ours.equals(base)) {
            return List.copyOf(theirs);
        }
        Map<String, T> b = byId(base, id);
        Map<String, T> o = byId(ours, id);
        Map<String, T> t = byId(theirs, id);
        List<T> result = new ArrayList<>();
        for (String key : b.keySet()) {
            add(result, key, b, o, t, merge);
        }
        TreeMap<String, Boolean> added = new TreeMap<>();
        o.keySet().stream().filter(k -> !b.containsKey(k)).forEach(k -> added.put(k, true));
        t.keySet().stream().filter(k -> !b.containsKey(k)).forEach(k -> added.put(k, true));
        for (String key : added.keySet()) {
            add(result, key, b, o, t, merge);
        }
        return result;
    }

    private static <T> void add(List<T> result, String key, Map<String, T> b, Map<String, T> o, Map<String, T> t,
                                Merger<T> merge) {
        T base = b.get(key);
        T ours = o.get(key);
        T theirs = t.get(key);
        if (ours == null && theirs == null) {
            return; // removed on both sides
        } else if (ours == null) {
            result.add(theirs);
        } else if (theirs == null) {
            result.add(ours);
        } else {
            result.add(merge.merge(base, ours, theirs));
        }
    }

    private static <T> Map<String, T> byId(Collection<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(id.apply(v), v));
        return map;
    }

    /** Merges one element present on both sides; {@code base} is null when both added it. */
    @FunctionalInterface
    interface Merger<T> {
        T merge(T base, T ours, T theirs);
    }
}
