package org.clausewright.ui.editor;

import org.clausewright.model.Extent;

/**
 * One element the clause addresses, as the Details form lists it. {@code known} is false for a framework or element
 * the project does not have (a hand edit, a framework removed): listed as unknown, kept, and removable.
 */
public record AddressLine(String framework, String element, Extent extent, String label, String summary,
                          boolean known) {
}
