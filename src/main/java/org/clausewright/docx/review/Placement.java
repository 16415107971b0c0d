package org.clausewright.docx.review;

/**
 * Which clause a paragraph of the reviewed document belongs to, and how that was found.
 *
 * @param heading true when the paragraph is the clause's heading rather than its text
 */
record Placement(String clauseId, boolean heading, Method method) {
    enum Method { BOOKMARK, EXACT, FUZZY, FOLLOWING }

    static final Placement NONE = new Placement(null, false, null);

    boolean isPlaced() {
        return clauseId != null;
    }
}
