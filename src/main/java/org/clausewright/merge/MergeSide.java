package org.clausewright.merge;

import java.util.Objects;

/**
 * One of the two drafts a merge brings together.
 *
 * @param author     the member whose work it is ("Ingrid Solberg"); named in the notes of the options it proposes
 * @param delegation the id of the delegation that member speaks for, or "" (the chair, the secretariat): the
 *                   options this side's wording makes are proposed by it
 * @param label      where the draft comes from, for the member reading the results ("origin", "this workstation",
 *                   "bundle from Oslo"); never written into the project, so that two sites get the same draft
 */
public record MergeSide(String author, String delegation, String label) {
    public MergeSide {
        Objects.requireNonNull(author, "author");
        delegation = delegation == null ? "" : delegation;
        label = label == null ? "" : label;
    }

    public boolean hasDelegation() {
        return !delegation.isEmpty();
    }
}
