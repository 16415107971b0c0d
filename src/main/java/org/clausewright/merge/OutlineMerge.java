package org.clausewright.merge;

import org.clausewright.model.ClauseRef;
import org.clausewright.model.FrozenNumbers;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.OutlineNumber;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The outline merged by ids. Each part, section and clause goes where the side that placed it put it: an element
 * neither side moved keeps its base place (these form the skeleton, in base order); an element one side added or
 * moved lands right after the nearest skeleton element that precedes it on that side, with the elements that side
 * placed there in that side's order. When both sides placed elements after the same skeleton element, each side's
 * run stays together and the runs are ordered by their ids, so the order does not depend on who merges (an element
 * both sides placed alike is in both runs, and taken once).
 * An element both sides moved to different places is a conflict (listed for a clause) and goes where ours put it;
 * an element one side took out and the other moved stays where ours has it (listed too). A part or section that
 * one side removed while the other put something in it is kept, so nothing placed is lost.
 */
final class OutlineMerge {
    private final OutlineView base;
    private final OutlineView ours;
    private final OutlineView theirs;
    private final MergeLog log;
    private final Set<String> keepPlaced;
    private final Predicate<String> clauseExists;
    private final Map<String, String> container = new HashMap<>();
    private final Map<String, OutlineView> placedBy = new HashMap<>();
    private final Set<String> placedByBoth = new HashSet<>();
    private final Map<String, Set<String>> movedOurs = new HashMap<>();
    private final Map<String, Set<String>> movedTheirs = new HashMap<>();

    /**
     * @param keepPlaced   clauses deleted on one side and kept: that side's removal from the outline does not count
     * @param clauseExists whether a clause id is in the merged project
     */
    OutlineMerge(Outline base, Outline ours, Outline theirs, MergeLog log, Set<String> keepPlaced,
                 Predicate<String> clauseExists) {
        this.base = new OutlineView(base);
        this.ours = new OutlineView(ours);
        this.theirs = new OutlineView(theirs);
        this.log = log;
        this.keepPlaced = keepPlaced;
        this.clauseExists = clauseExists;
    }

    static Outline merge(Outline base, Outline ours, Outline theirs, MergeLog log, Set<String> keepPlaced,
                         Predicate<String> clauseExists) {
        if (keepPlaced.isEmpty() && (ours.equals(theirs) || theirs.equals(base))) {
            return filtered(ours, clauseExists);
        }
        if (keepPlaced.isEmpty() && ours.equals(base)) {
            return filtered(theirs, clauseExists);
        }
        OutlineMerge m = new OutlineMerge(base, ours, theirs, log, keepPlaced, clauseExists);
        Outline merged = m.build();
        FrozenNumbers frozen = frozen(base.frozen(), ours.frozen(), theirs.frozen());
        return frozen == null ? merged : new Outline(merged.parts(), frozen).withNumbersStored();
    }

    private Outline build() {
        Set<String> keys = new java.util.TreeSet<>();
        keys.addAll(base.containerOf.keySet());
        keys.addAll(ours.containerOf.keySet());
        keys.addAll(theirs.containerOf.keySet());
        for (String key : keys) {
            if (!key.startsWith("c:") || clauseExists.test(key.substring(2))) {
                decide(key);
            }
        }
        keepContainers();
        Map<String, List<String>> sequences = new HashMap<>();
        Set<String> containers = new HashSet<>(container.values());
        containers.add(OutlineView.ROOT);
        Set<String> covered = new HashSet<>();
        for (String c : containers) {
            sequences.put(c, ordered(c, sequence(c), covered));
        }
        // a clause whose container's order is listed is chosen with that order, not on its own as well
        log.conflicts.removeIf(x -> x.kind() == MergeConflict.Kind.PLACEMENT && covered.contains(x.clauseId()));
        List<Part> parts = new ArrayList<>();
        for (String p : sequences.getOrDefault(OutlineView.ROOT, List.of())) {
            List<OutlineItem> items = new ArrayList<>();
            for (String item : sequences.getOrDefault(p, List.of())) {
                if (item.startsWith("c:")) {
                    items.add(new ClauseRef(item.substring(2)));
                } else {
                    List<String> clauses = sequences.getOrDefault(item, List.of()).stream()
                            .map(k -> k.substring(2)).toList();
                    items.add(new Section(item.substring(2), title(item), clauses));
                }
            }
            parts.add(new Part(p.substring(2), title(p), items));
        }
        return new Outline(parts, null);
    }

    // Where one element goes (its container, and which side placed it), or nowhere.
    private void decide(String key) {
        boolean inBase = base.has(key);
        boolean kept = inBase && key.startsWith("c:") && keepPlaced.contains(id(key));
        boolean oursKeeps = ours.has(key) || kept;
        boolean theirsKeeps = theirs.has(key) || kept;
        boolean oursChanged = changed(key, ours, movedOurs);
        boolean theirsChanged = changed(key, theirs, movedTheirs);
        if (inBase && (!oursKeeps || !theirsKeeps)) {
            // taken out on one side (or both): out, unless the other side moved it
            boolean otherMoved = !oursKeeps ? theirsKeeps && theirsChanged : oursKeeps && oursChanged;
            if (!otherMoved) {
                return;
            }
            conflict(key);
            if (!oursKeeps) {
                return;
            }
            place(key, ours);
            return;
        }
        if (!inBase) {
            place(key, ours.has(key) ? ours : theirs);
            return;
        }
        if (oursChanged && theirsChanged) {
            boolean same = Objects.equals(ours.containerOf.get(key), theirs.containerOf.get(key))
                    && ours.before(key).equals(theirs.before(key));
            if (same) {
                placedByBoth.add(key);
            } else {
                conflict(key);
            }
            place(key, ours);
        } else if (oursChanged) {
            place(key, ours);
        } else if (theirsChanged) {
            place(key, theirs);
        } else {
            container.put(key, base.containerOf.get(key));
        }
    }

    private void place(String key, OutlineView side) {
        String c = side.has(key) ? side.containerOf.get(key) : base.containerOf.get(key);
        container.put(key, c);
        if (side.has(key)) {
            placedBy.put(key, side);
        }
    }

    private boolean changed(String key, OutlineView side, Map<String, Set<String>> moved) {
        if (!side.has(key)) {
            return false;
        }
        String c = side.containerOf.get(key);
        if (!base.has(key) || !c.equals(base.containerOf.get(key))) {
            return true;
        }
        return moved.computeIfAbsent(c, x -> side.movedWithin(x, base)).contains(key);
    }

    private void conflict(String key) {
        if (!key.startsWith("c:")) {
            return;
        }
        log.conflict(MergeConflict.Kind.PLACEMENT, id(key), "placement", placement(base, key),
                placement(ours, key), placement(theirs, key));
    }

    private static String placement(OutlineView side, String key) {
        if (!side.has(key)) {
            return "-";
        }
        String before = side.before(key);
        return id(side.containerOf.get(key)) + " " + (before.isEmpty() ? "" : id(before));
    }

    // A part or section something is placed in stays, even when one side removed it.
    private void keepContainers() {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String c : new ArrayList<>(container.values())) {
                if (!c.equals(OutlineView.ROOT) && !container.containsKey(c)) {
                    OutlineView side = base.has(c) ? base : ours.has(c) ? ours : theirs;
                    container.put(c, side.containerOf.get(c));
                    grew = true;
                }
            }
        }
    }

    /**
     * Both sites put the items all three outlines have in {@code c} in different orders: listed
     * ({@link MergeConflict.Kind#ORDER}) and ours held, so that the other site's order is offered rather than lost in
     * a mix of both; the clauses it covers are added to {@code covered}.
     */
    private List<String> ordered(String c, List<String> merged, Set<String> covered) {
        if (!c.equals(OutlineView.ROOT) && !(base.has(c) && ours.has(c) && theirs.has(c))) {
            return merged;
        }
        Set<String> shared = new HashSet<>();
        Set<String> inMerged = new HashSet<>(merged);
        for (String k : base.sequenceOf(c)) {
            if (c.equals(ours.containerOf.get(k)) && c.equals(theirs.containerOf.get(k)) && inMerged.contains(k)) {
                shared.add(k);
            }
        }
        String b = String.join(" ", base.sequenceOf(c).stream().filter(shared::contains).toList());
        String o = String.join(" ", ours.sequenceOf(c).stream().filter(shared::contains).toList());
        String t = String.join(" ", theirs.sequenceOf(c).stream().filter(shared::contains).toList());
        if (o.equals(b) || t.equals(b) || o.equals(t)) {
            return merged;
        }
        log.conflict(MergeConflict.Kind.ORDER, c, "order", b, o, t);
        shared.stream().filter(k -> k.startsWith("c:")).forEach(k -> covered.add(id(k)));
        return OutlineOrder.permuted(merged, k -> k, o);
    }

    private List<String> sequence(String c) {
        List<String> skeleton = base.sequenceOf(c).stream()
                .filter(k -> c.equals(container.get(k)) && !placedBy.containsKey(k)).toList();
        Set<String> inSkeleton = new HashSet<>(skeleton);
        // runs placed by each side, keyed by the skeleton element they follow ("" for the start)
        Map<String, List<List<String>>> runs = new HashMap<>();
        for (OutlineView side : List.of(ours, theirs)) {
            Map<String, List<String>> mine = new LinkedHashMap<>();
            String anchor = "";
            for (String k : side.sequenceOf(c)) {
                if (inSkeleton.contains(k)) {
                    anchor = k;
                } else if ((placedBy.get(k) == side || placedByBoth.contains(k)) && c.equals(container.get(k))) {
                    mine.computeIfAbsent(anchor, x -> new ArrayList<>()).add(k);
                }
            }
            mine.forEach((a, run) -> runs.computeIfAbsent(a, x -> new ArrayList<>()).add(run));
        }
        runs.values().forEach(list -> list.sort(OutlineMerge::compareRuns));
        // an element both sides placed alike is in both sides' runs: it is taken once
        Set<String> result = new java.util.LinkedHashSet<>();
        runs.getOrDefault("", List.of()).forEach(result::addAll);
        for (String k : skeleton) {
            result.add(k);
            runs.getOrDefault(k, List.of()).forEach(result::addAll);
        }
        return new ArrayList<>(result);
    }

    private static int compareRuns(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private String title(String key) {
        String b = base.titles.get(key);
        String o = ours.titles.get(key);
        String t = theirs.titles.get(key);
        if (o == null || t == null) {
            return Objects.requireNonNullElse(o == null ? t : o, Objects.requireNonNullElse(b, ""));
        }
        if (b != null && ThreeWay.conflicts(b, o, t)) {
            log.conflict(MergeConflict.Kind.OUTLINE_TITLE, id(key), key.startsWith("p:") ? "part" : "section",
                    b, o, t);
        }
        return b == null ? o : ThreeWay.pick(b, o, t);
    }

    private static String id(String key) {
        return key.isEmpty() ? "" : key.substring(2);
    }

    private static Outline filtered(Outline outline, Predicate<String> clauseExists) {
        boolean all = outline.clauseIds().stream().allMatch(clauseExists);
        if (all) {
            return outline;
        }
        List<Part> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            List<OutlineItem> items = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    if (clauseExists.test(ref.clauseId())) {
                        items.add(ref);
                    }
                } else if (item instanceof Section s) {
                    items.add(new Section(s.id(), s.title(), s.clauseIds().stream().filter(clauseExists).toList()));
                }
            }
            parts.add(new Part(part.id(), part.title(), items));
        }
        return new Outline(parts, outline.frozen());
    }

    private static FrozenNumbers frozen(FrozenNumbers base, FrozenNumbers ours, FrozenNumbers theirs) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        if (ours == null || theirs == null) {
            return ours == null ? theirs : ours;
        }
        return new FrozenNumbers(union(theirs.parts(), ours.parts()), union(theirs.sections(), ours.sections()),
                union(theirs.clauses(), ours.clauses()));
    }

    private static Map<String, OutlineNumber> union(Map<String, OutlineNumber> theirs,
                                                    Map<String, OutlineNumber> ours) {
        Map<String, OutlineNumber> result = new TreeMap<>(theirs);
        result.putAll(ours);
        return result;
    }
}
