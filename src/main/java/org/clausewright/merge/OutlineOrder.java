package org.clausewright.merge;

import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The order of one container of the outline as a conflict over it keeps it ({@link MergeConflict.Kind#ORDER}): the
 * container is "" for the parts, "p:" + id for a part's items, "s:" + id for a section's clauses; an order is the
 * keys of its items ("c:" clause, "s:" section, "p:" part) separated by spaces.
 */
public final class OutlineOrder {
    private OutlineOrder() {
    }

    /** The keys an order names. */
    public static List<String> keys(String order) {
        return order.isBlank() ? List.of() : List.of(order.strip().split(" "));
    }

    /** The id of a key or container ("s:x" → "x"; "" stays ""). */
    public static String id(String key) {
        return key.length() < 2 ? key : key.substring(2);
    }

    /**
     * The order {@code outline} gives the items {@code reference} names, in {@code container}; null when the
     * container is not in the outline.
     */
    public static String of(Outline outline, String container, String reference) {
        OutlineView view = new OutlineView(outline);
        if (!container.equals(OutlineView.ROOT) && !view.has(container)) {
            return null;
        }
        Set<String> named = new HashSet<>(keys(reference));
        return String.join(" ", view.sequenceOf(container).stream().filter(named::contains).toList());
    }

    /**
     * {@code outline} with the items {@code order} names put in that order within {@code container}, in the places
     * those items hold now: every other item stays where it is; none is added, removed or moved elsewhere.
     */
    public static Outline with(Outline outline, String container, String order) {
        if (container.equals(OutlineView.ROOT)) {
            return outline.withParts(permuted(outline.parts(), p -> "p:" + p.id(), order));
        }
        List<Part> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            if (container.equals("p:" + part.id())) {
                parts.add(new Part(part.id(), part.title(), permuted(part.items(), OutlineOrder::key, order)));
                continue;
            }
            List<OutlineItem> items = new ArrayList<>();
            for (OutlineItem item : part.items()) {
                items.add(item instanceof Section s && container.equals("s:" + s.id())
                        ? new Section(s.id(), s.title(), permuted(s.clauseIds(), c -> "c:" + c, order)) : item);
            }
            parts.add(new Part(part.id(), part.title(), items));
        }
        return outline.withParts(parts);
    }

    private static String key(OutlineItem item) {
        return item instanceof ClauseRef ref ? "c:" + ref.clauseId() : "s:" + ((Section) item).id();
    }

    /** The items {@code order} names, in its order, in the slots they fill in {@code items}. */
    static <T> List<T> permuted(List<T> items, Function<T, String> key, String order) {
        List<String> wanted = keys(order);
        Set<String> named = new HashSet<>(wanted);
        List<T> present = new ArrayList<>();
        for (String k : wanted) {
            items.stream().filter(i -> key.apply(i).equals(k)).findFirst().ifPresent(present::add);
        }
        Iterator<T> next = present.iterator();
        List<T> result = new ArrayList<>();
        for (T item : items) {
            result.add(named.contains(key.apply(item)) && next.hasNext() ? next.next() : item);
        }
        return result;
    }
}
