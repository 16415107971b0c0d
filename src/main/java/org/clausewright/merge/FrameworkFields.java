package org.clausewright.merge;

import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A framework's fields and its elements' fields by the names a merge conflict gives them, read and written as text:
 * the one place the merge, Merge results and a member's choice agree on what "title" or "summary" means. A conflict
 * about an element names it "framework/element" (as an address does); one about the framework, its id alone.
 */
public final class FrameworkFields {
    /** The framework's own fields a merge takes one by one. */
    static final List<String> FRAMEWORK = List.of("title", "shortTitle", "field", "year", "issuedBy", "citation",
            "url", "note");
    /** An element's fields a merge takes one by one; "element" is the element itself (kept at one site only). */
    static final List<String> ELEMENT = List.of("number", "title", "summary");
    /** The field of a conflict over an element one site removed while the other changed it. */
    public static final String WHOLE_ELEMENT = "element";
    /**
     * The field of a conflict over the order of the elements both sites kept, each side's order being their ids
     * separated by spaces.
     */
    public static final String ORDER = "order";
    /**
     * The field of a conflict over a framework one site removed while the other edited it: the side that removed it
     * has "", the other the framework's title.
     */
    public static final String WHOLE_FRAMEWORK = "framework";

    private FrameworkFields() {
    }

    /** "tianjin-2021/3": the subject of a conflict over element 3. */
    static String subject(String frameworkId, String elementId) {
        return frameworkId + "/" + elementId;
    }

    /** The framework a conflict's subject names. */
    public static String frameworkId(String subject) {
        int slash = subject.indexOf('/');
        return slash < 0 ? subject : subject.substring(0, slash);
    }

    /** The element a conflict's subject names, empty when it is about the framework's own fields. */
    public static Optional<String> elementId(String subject) {
        int slash = subject.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(subject.substring(slash + 1));
    }

    public static String get(Framework fw, String field) {
        return switch (field) {
            case "title" -> fw.title();
            case "shortTitle" -> fw.shortTitle();
            case "field" -> fw.field();
            case "year" -> fw.year() == 0 ? "" : Integer.toString(fw.year());
            case "issuedBy" -> fw.issuedBy();
            case "citation" -> fw.citation();
            case "url" -> fw.url();
            case "note" -> fw.note();
            default -> throw new IllegalArgumentException("a framework has no field \"" + field + "\"");
        };
    }

    public static String get(FrameworkElement e, String field) {
        return switch (field) {
            case "number" -> e.number();
            case "title" -> e.title();
            case "summary" -> e.summary();
            default -> throw new IllegalArgumentException("a framework element has no field \"" + field + "\"");
        };
    }

    /** {@code fw} with {@code field} set to {@code value}; a year that is not a number is refused. */
    public static Framework with(Framework fw, String field, String value) {
        String v = value == null ? "" : value;
        int year = fw.year();
        if (field.equals("year")) {
            try {
                year = v.isEmpty() ? 0 : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + v + "\" is not a year", e);
            }
        }
        return new Framework(fw.id(), field.equals("title") ? v : fw.title(),
                field.equals("shortTitle") ? v : fw.shortTitle(), field.equals("field") ? v : fw.field(), year,
                field.equals("issuedBy") ? v : fw.issuedBy(), field.equals("citation") ? v : fw.citation(),
                field.equals("url") ? v : fw.url(), field.equals("note") ? v : fw.note(), fw.elements(),
                fw.extras());
    }

    public static FrameworkElement with(FrameworkElement e, String field, String value) {
        get(e, field);
        return new FrameworkElement(e.id(), field.equals("number") ? value : e.number(),
                field.equals("title") ? value : e.title(), field.equals("summary") ? value : e.summary(),
                e.extras());
    }

    /**
     * {@code fw} with {@code element} in place of the one with its id, or, when it has none, just after the element
     * {@code after} (first when that is "" or gone); without the element {@code id} when {@code element} is null.
     */
    public static Framework withElement(Framework fw, String id, FrameworkElement element, String after) {
        List<FrameworkElement> list = new ArrayList<>(fw.elements());
        int at = indexOf(list, id);
        if (element == null) {
            if (at >= 0) {
                list.remove(at);
            }
        } else if (at >= 0) {
            list.set(at, element);
        } else {
            list.add(after.isEmpty() ? 0 : indexOf(list, after) + 1, element);
        }
        return new Framework(fw.id(), fw.title(), fw.shortTitle(), fw.field(), fw.year(), fw.issuedBy(),
                fw.citation(), fw.url(), fw.note(), list, fw.extras());
    }

    /** The ids of {@code fw}'s elements that are among {@code ids}, in {@code fw}'s order, separated by spaces. */
    public static String order(Framework fw, java.util.Collection<String> ids) {
        return String.join(" ", fw.elements().stream().map(FrameworkElement::id).filter(ids::contains).toList());
    }

    /** The ids an order names. */
    public static List<String> ids(String order) {
        return order.isBlank() ? List.of() : List.of(order.strip().split(" "));
    }

    /**
     * {@code fw} with the elements {@code order} names put in that order, in the places those elements hold now:
     * every other element stays where it is, and none is added or removed.
     */
    public static Framework withOrder(Framework fw, String order) {
        java.util.Set<String> present = new java.util.HashSet<>();
        fw.elements().forEach(e -> present.add(e.id()));
        java.util.Iterator<String> next = ids(order).stream().filter(present::contains).toList().iterator();
        java.util.Set<String> named = new java.util.HashSet<>(ids(order));
        java.util.Map<String, FrameworkElement> byId = new java.util.HashMap<>();
        fw.elements().forEach(e -> byId.put(e.id(), e));
        List<FrameworkElement> list = new ArrayList<>();
        for (FrameworkElement e : fw.elements()) {
            list.add(named.contains(e.id()) && next.hasNext() ? byId.get(next.next()) : e);
        }
        return new Framework(fw.id(), fw.title(), fw.shortTitle(), fw.field(), fw.year(), fw.issuedBy(),
                fw.citation(), fw.url(), fw.note(), list, fw.extras());
    }

    /** "3 Laws and norms": how an element is named in a conflict's values; "" for none. */
    public static String line(FrameworkElement e) {
        return e == null ? "" : (e.number() + " " + e.title()).strip();
    }

    private static int indexOf(List<FrameworkElement> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
