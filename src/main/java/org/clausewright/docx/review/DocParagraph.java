package org.clausewright.docx.review;

import java.util.List;

/**
 * One paragraph of the reviewed document as Word holds it: all its characters (inserted and deleted ones
 * too), the tracked changes among them, its style, and the clause its bookmark names.
 *
 * @param full     every character, in document order
 * @param bookmark the clause id from an enclosing {@code _cw_…} bookmark, or null
 */
record DocParagraph(int index, String style, String full, List<Change> changes, String bookmark) {
    DocParagraph {
        changes = List.copyOf(changes);
    }

    /** The text before the review: deletions kept, insertions left out. */
    String original() {
        return without(Change.Kind.INSERTED);
    }

    /** The text with every change accepted. */
    String accepted() {
        return without(Change.Kind.DELETED);
    }

    boolean isEmptyBeforeReview() {
        return original().isBlank();
    }

    private String without(Change.Kind kind) {
        if (changes.isEmpty()) {
            return full;
        }
        StringBuilder sb = new StringBuilder(full.length());
        int at = 0;
        for (Change c : changes) {
            if (c.kind() == kind) {
                sb.append(full, at, c.start());
                at = c.end();
            }
        }
        return sb.append(full, at, full.length()).toString();
    }
}
