package org.clausewright.ui.review;

/**
 * A thread a review could not place, as the Unplaced list shows it.
 *
 * @param header  "Comment · Ingrid Solberg · from review-norway.docx"
 * @param context the paragraph it was written on in the reviewed file
 * @param body    the note, and the replacement of a suggestion
 */
public record UnplacedRow(String threadId, String header, String context, String body) {
}
