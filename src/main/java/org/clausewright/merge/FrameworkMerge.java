package org.clausewright.merge;

import org.clausewright.model.Extras;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The project's frameworks, by id: one added on either side is in; one removed on one side and left as it was on the
 * other is gone; one removed on one side and edited on the other is kept (nothing typed is lost). A framework both
 * sides edited is merged field by field and element by element (by id, which is what clauses address): a field
 * changed at one site is taken, the same change at both once, and a field both changed differently is listed
 * ({@link MergeConflict.Kind#FRAMEWORK}) with ours held until a member chooses. An element removed at one site and
 * changed at the other is kept as changed, and listed so that a member can still remove it.
 */
final class FrameworkMerge {
    private FrameworkMerge() {
    }

    static Map<String, Framework> merge(Map<String, Framework> base, Map<String, Framework> ours,
                                        Map<String, Framework> theirs, MergeLog log) {
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
                removedAndEdited(b, null, merged, log);
            } else if (t == null) {
                merged = Objects.equals(o, b) ? null : o;
                removedAndEdited(b, merged, null, log);
            } else {
                merged = framework(b, o, t, log);
            }
            if (merged != null) {
                result.put(id, merged);
            }
        }
        return result;
    }

    // kept, for nothing typed is lost, and listed: a member may still take it out, as one site did
    private static void removedAndEdited(Framework base, Framework ours, Framework theirs, MergeLog log) {
        if (base == null || ours == null && theirs == null) {
            return;
        }
        log.conflicts.add(MergeConflict.ofFramework(base, ours, theirs));
    }

    private static Framework framework(Framework base, Framework ours, Framework theirs, MergeLog log) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        // both sites added it: what they share is the base of nothing
        Framework b = base != null ? base : new Framework(ours.id(), "", "", "", 0, "", "", "", "", List.of(), null);
        Framework merged = new Framework(ours.id(), ours.title(), ours.shortTitle(), ours.field(), ours.year(),
                ours.issuedBy(), ours.citation(), ours.url(), ours.note(),
                elements(ours.id(), b.elements(), ours.elements(), theirs.elements(), log),
                ThreeWay.pick(b.extras(), ours.extras(), theirs.extras()));
        for (String field : FrameworkFields.FRAMEWORK) {
            String value = field(ours.id(), field, FrameworkFields.get(b, field), FrameworkFields.get(ours, field),
                    FrameworkFields.get(theirs, field), log);
            merged = FrameworkFields.with(merged, field, value);
        }
        return merged;
    }

    /**
     * The elements by id, in the order of the site that changed the order of the elements both had (ours when both
     * did, or neither), with the other site's additions just after the element they follow there.
     */
    private static List<FrameworkElement> elements(String frameworkId, List<FrameworkElement> base,
                                                   List<FrameworkElement> ours, List<FrameworkElement> theirs,
                                                   MergeLog log) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        Map<String, FrameworkElement> b = byId(base);
        Map<String, FrameworkElement> o = byId(ours);
        Map<String, FrameworkElement> t = byId(theirs);
        boolean theirsLead = !reordered(b, o) && reordered(b, t);
        orderConflict(frameworkId, base, ours, theirs, log);
        List<FrameworkElement> lead = theirsLead ? theirs : ours;
        List<FrameworkElement> other = theirsLead ? ours : theirs;
        List<String> order = new ArrayList<>(lead.stream().map(FrameworkElement::id).toList());
        String previous = "";
        for (FrameworkElement e : other) {
            if (!order.contains(e.id())) {
                order.add(previous.isEmpty() ? 0 : order.indexOf(previous) + 1, e.id());
            }
            previous = e.id();
        }
        List<FrameworkElement> result = new ArrayList<>();
        for (String id : order) {
            FrameworkElement be = b.get(id);
            FrameworkElement oe = o.get(id);
            FrameworkElement te = t.get(id);
            if (oe != null && te != null) {
                result.add(element(frameworkId, be, oe, te, log));
            } else if (be == null) {
                result.add(oe != null ? oe : te);
            } else {
                FrameworkElement kept = oe != null ? oe : te;
                if (!kept.equals(be)) {
                    String after = result.isEmpty() ? "" : result.get(result.size() - 1).id();
                    log.conflicts.add(MergeConflict.ofElements(frameworkId, be, oe, te, after));
                    result.add(kept);
                }
            }
        }
        return result;
    }

    /**
     * Both sites put the elements all three drafts have in different orders: listed, ours held (the merge takes the
     * order of ours when both changed it), so the other site's order is not lost unsaid.
     */
    private static void orderConflict(String frameworkId, List<FrameworkElement> base, List<FrameworkElement> ours,
                                      List<FrameworkElement> theirs, MergeLog log) {
        java.util.Set<String> shared = new java.util.HashSet<>(base.stream().map(FrameworkElement::id).toList());
        shared.retainAll(ours.stream().map(FrameworkElement::id).toList());
        shared.retainAll(theirs.stream().map(FrameworkElement::id).toList());
        String b = order(base, shared);
        String o = order(ours, shared);
        String t = order(theirs, shared);
        if (!o.equals(b) && !t.equals(b) && !o.equals(t)) {
            log.conflict(MergeConflict.Kind.FRAMEWORK, frameworkId, FrameworkFields.ORDER, b, o, t);
        }
    }

    private static String order(List<FrameworkElement> elements, java.util.Set<String> shared) {
        return String.join(" ", elements.stream().map(FrameworkElement::id).filter(shared::contains).toList());
    }

    // whether a side put the elements it shares with the base in another order
    private static boolean reordered(Map<String, FrameworkElement> base, Map<String, FrameworkElement> side) {
        List<String> before = base.keySet().stream().filter(side::containsKey).toList();
        List<String> now = side.keySet().stream().filter(base::containsKey).toList();
        return !before.equals(now);
    }

    private static FrameworkElement element(String frameworkId, FrameworkElement base, FrameworkElement ours,
                                            FrameworkElement theirs, MergeLog log) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        FrameworkElement b = base != null ? base : new FrameworkElement(ours.id(), "", "", "");
        Extras extras = ThreeWay.pick(b.extras(), ours.extras(), theirs.extras());
        FrameworkElement merged = new FrameworkElement(ours.id(), ours.number(), ours.title(), ours.summary(), extras);
        String subject = FrameworkFields.subject(frameworkId, ours.id());
        for (String field : FrameworkFields.ELEMENT) {
            merged = FrameworkFields.with(merged, field, field(subject, field, FrameworkFields.get(b, field),
                    FrameworkFields.get(ours, field), FrameworkFields.get(theirs, field), log));
        }
        return merged;
    }

    private static String field(String subject, String name, String base, String ours, String theirs, MergeLog log) {
        if (ThreeWay.conflicts(base, ours, theirs)) {
            log.conflict(MergeConflict.Kind.FRAMEWORK, subject, name, base, ours, theirs);
        }
        return ThreeWay.pick(base, ours, theirs);
    }

    private static Map<String, FrameworkElement> byId(List<FrameworkElement> elements) {
        Map<String, FrameworkElement> map = new LinkedHashMap<>();
        elements.forEach(e -> map.put(e.id(), e));
        return map;
    }
}
