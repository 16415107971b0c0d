package org.clausewright.docx.review;

/**
 * Tracked changes one reviewer made side by side (a deletion and the insertion that replaces it), read as
 * one suggestion.
 *
 * @param start     where the group starts in the paragraph's full text
 * @param end       where it ends there
 * @param viewStart where the deleted words start in the paragraph's view (the insertion point if none)
 * @param applied   true when the clause already reads as if the change were accepted (our own export's
 *                  changes since an earlier version come back this way)
 */
record ChangeGroup(int start, int end, String deleted, String inserted, Change first, int viewStart,
                   boolean applied) {
    int viewEnd() {
        return viewStart + (applied ? inserted.length() : deleted.length());
    }

    boolean isMove() {
        return first.move();
    }
}
