package org.clausewright.docx;

import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.DiffSegment.Kind;
import org.clausewright.diff.WordDiff;

import java.util.List;

/** The segments a text is written as: one equal segment, or its word-level changes from an earlier text. */
final class ClauseTexts {
    private ClauseTexts() {
    }

    /**
     * @param before the earlier text, or null when the thing is new
     * @param now    the exported text, or null when the thing was removed
     * @param tracked whether changes are shown at all
     */
    static List<DiffSegment> segments(String before, String now, boolean tracked) {
        if (now == null) {
            return List.of(new DiffSegment(Kind.DELETED, before));
        }
        if (!tracked) {
            return List.of(new DiffSegment(Kind.EQUAL, now));
        }
        if (before == null) {
            return List.of(new DiffSegment(Kind.INSERTED, now));
        }
        return WordDiff.diff(before, now).segments();
    }

    static Kind wholeKind(Object before, Object now, boolean tracked) {
        if (now == null) {
            return Kind.DELETED;
        }
        return tracked && before == null ? Kind.INSERTED : Kind.EQUAL;
    }
}
