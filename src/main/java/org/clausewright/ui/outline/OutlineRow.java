package org.clausewright.ui.outline;

/**
 * One line of the outline tree: a part, a section or a clause, with its computed number.
 *
 * @param clauseId the clause shown, or null for a part or section row
 */
public record OutlineRow(Kind kind, String id, String number, String title, String clauseId, String status) {
    public enum Kind { PART, SECTION, CLAUSE }
}
