package org.clausewright.merge;

import org.clausewright.model.Framework;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project's frameworks, by id: one added on either side is in; one removed on one side and left as it was on the
 * other is gone; one removed on one side and edited on the other is kept (nothing typed is lost). A framework edited
 * on both sides differently keeps ours whole: framework files are copies of the library's, rarely edited, and an
 * element list merged line by line could renumber what clauses address.
 */
final class FrameworkMerge {
    private FrameworkMerge() {
    }

    static Map<String, Framework> merge(Map<String, Framework> base, Map<String, Framework> ours,
                                        Map<String, Framework> theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        Set<String> ids = new TreeSet<>(base.keySet());
        ids.addAll(ours.keySet());
        ids.addAll(theirs.keySet());
        Map<String, Framework> result = new TreeMap<>();
        for (String id : ids) {
            Framework b = base.get(id);
            Framework o = ours.get(id);
            Framework t = theirs.get(id);
            Framework merged;
            if (o == null && t == null) {
                merged = null;
            } else if (o == null) {
                merged = Objects.equals(t, b) ? null : t;
            } else if (t == null) {
                merged = Objects.equals(o, b) ? null : o;
            } else {
                merged = ThreeWay.pick(b, o, t);
            }
            if (merged != null) {
                result.put(id, merged);
            }
        }
        return result;
    }
}
