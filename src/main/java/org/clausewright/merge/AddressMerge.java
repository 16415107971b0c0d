package org.clausewright.merge;

import org.clausewright.model.Address;
import org.clausewright.model.Extent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A clause's addresses as a set keyed by (framework, element): what either side added is in, what either side removed
 * is out (as tags and sources) unless the other side changed its extent (then it is kept, as a clause deleted at one
 * site and changed at the other is), and an extent changed on one side is taken. When both sides changed one element's
 * extent differently, partial wins: the draft never claims more coverage than both sites agree on, and the result does
 * not depend on which side merges.
 */
final class AddressMerge {
    private AddressMerge() {
    }

    static List<Address> merge(List<Address> base, List<Address> ours, List<Address> theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        Map<String, Address> b = byKey(base);
        Map<String, Address> o = byKey(ours);
        Map<String, Address> t = byKey(theirs);
        List<String> keys = ThreeWay.set(new ArrayList<>(b.keySet()), new ArrayList<>(o.keySet()),
                new ArrayList<>(t.keySet()));
        List<String> kept = new ArrayList<>(keys);
        for (Map.Entry<String, Address> was : b.entrySet()) {
            Address here = o.get(was.getKey());
            Address there = t.get(was.getKey());
            Address changed = here == null ? there : there == null ? here : null;
            if (changed != null && !changed.equals(was.getValue()) && !kept.contains(was.getKey())) {
                kept.add(was.getKey());
            }
        }
        List<Address> result = new ArrayList<>();
        for (String key : kept) {
            result.add(one(b.get(key), o.get(key), t.get(key)));
        }
        // both sides changed the list: an order that is the same whichever side merges
        result.sort(Comparator.comparing(Address::framework).thenComparing(Address::element, AddressMerge::natural));
        return result;
    }

    private static Address one(Address base, Address ours, Address theirs) {
        if (ours == null || theirs == null) {
            return ours == null ? theirs : ours;
        }
        Address picked = ThreeWay.oneSided(base, ours, theirs);
        if (picked != null) {
            return picked;
        }
        return ours.extent() == Extent.PARTIAL ? ours : theirs.extent() == Extent.PARTIAL ? theirs
                : Objects.requireNonNull(ours);
    }

    private static Map<String, Address> byKey(List<Address> list) {
        Map<String, Address> map = new LinkedHashMap<>();
        list.forEach(a -> map.putIfAbsent(a.key(), a));
        return map;
    }

    /** "2" before "10", "A.2" before "A.10": element ids are mostly numbers. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))),
                        Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
