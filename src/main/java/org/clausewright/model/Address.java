package org.clausewright.model;

import java.util.Objects;

/**
 * That a clause addresses one element of a framework, and how far. The pair (framework, element) is what the clause
 * names; a clause names each pair once, and a project may name a framework or element it does not have (a validation
 * warning: the address is kept, so that adding the framework later makes it count).
 *
 * @param extras what a newer Clausewright wrote in this entry (or an extent it does not know, which reads as partial)
 */
public record Address(String framework, String element, Extent extent, Extras extras) {
    public Address {
        Ids.require(framework, "framework");
        FrameworkElement.requireId(element);
        Objects.requireNonNull(extent, "extent");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Address(String framework, String element, Extent extent) {
        this(framework, element, extent, Extras.NONE);
    }

    /** "tianjin-2021/3": the same for every extent, so that a clause names each element once. */
    public String key() {
        return framework + "/" + element;
    }

    public boolean isOf(String frameworkId, String elementId) {
        return framework.equals(frameworkId) && element.equals(elementId);
    }

    /** This address with another extent; the kept word for the old one goes, as the member chose this one. */
    public Address withExtent(Extent value) {
        return new Address(framework, element, value, extras.without("extent"));
    }
}
