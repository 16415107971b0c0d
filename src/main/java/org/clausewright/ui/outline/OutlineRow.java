package org.clausewright.ui.outline;

/**
 * One line of the outline tree: a part, a section or a clause, with its computed number.
 *
 * @param clauseId    the clause shown, or null for a part or section row
 * @param status      the clause's status in words, "" for parts and sections
 * @param openThreads the clause's open annotation threads
 */
public record OutlineRow(Kind kind, String id, String number, String title, String clauseId, String status,
                         int openThreads) {
    public enum Kind { PART, SECTION, CLAUSE }

    public OutlineRow(Kind kind, String id, String number, String title, String clauseId, String status) {
        this(kind, id, number, title, clauseId, status, 0);
    }
}
