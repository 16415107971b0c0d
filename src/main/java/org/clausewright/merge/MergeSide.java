package org.clausewright.merge;

import java.util.List;
import java.util.Objects;

/**
 * One of the two drafts a merge brings together.
 *
 * @param author     the member whose work it is ("Ingrid Solberg"); named in the notes of the options it proposes
 * @param delegation the id of the delegation that member speaks for, or "" (the chair, the secretariat): the
 *                   options this side's wording makes are proposed by it
 * @param label      where the draft comes from, for the member reading the results ("origin", "this workstation",
 *                   "bundle from Oslo"); never written into the project, so that two sites get the same draft
 * @param authors    the members whose versions make this side, each named once, for a window to list them in the
 *                   member's own language ({@code author} joins them in the project's notes, the same at every site)
 */
public record MergeSide(String author, String delegation, String label, List<String> authors) {
    public MergeSide {
        Objects.requireNonNull(author, "author");
        delegation = delegation == null ? "" : delegation;
        label = label == null ? "" : label;
        authors = authors == null || authors.isEmpty() ? (author.isEmpty() ? List.of() : List.of(author))
                : List.copyOf(authors);
    }

    /** One author's side (or none named): {@link #authors} is that author alone. */
    public MergeSide(String author, String delegation, String label) {
        this(author, delegation, label, List.of());
    }

    public boolean hasDelegation() {
        return !delegation.isEmpty();
    }
}
