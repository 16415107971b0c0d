package org.clausewright.docx.review;

import org.clausewright.model.AnchorMethod;
import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.Relocation;
import org.clausewright.model.TextAnchor;

/** Turns a range of the document's clause text into an anchor in the clause's own text. */
final class Anchoring {
    private Anchoring() {
    }

    /** The anchor for {@code doc[start, end)} found again in {@code clauseText} (detached when it is not there). */
    static Relocation relocate(String doc, int start, int end, String clauseText) {
        if (start >= end || doc.isEmpty()) {
            return new Relocation(TextAnchor.wholeClause(), AnchorMethod.EXACT);
        }
        TextAnchor anchor = TextAnchor.of(doc, start, end);
        return AnchorRelocator.relocate(anchor, doc, clauseText);
    }
}
