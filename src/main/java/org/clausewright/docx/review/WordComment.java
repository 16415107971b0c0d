package org.clausewright.docx.review;

import java.time.Instant;

/**
 * One comment from comments.xml, with what the threading parts say about it.
 *
 * @param paraId   the w14:paraId of its last paragraph, which commentsExtended refers to; "" when absent
 * @param parentId the paraId of the comment it replies to, or ""
 * @param date     null when absent or scrubbed
 */
record WordComment(String id, String author, String initials, Instant date, String text, String paraId,
                   String parentId, boolean done) {
    WordComment withThreading(String parent, boolean isDone, Instant utcDate) {
        return new WordComment(id, author, initials, utcDate != null ? utcDate : date, text, paraId, parent, isDone);
    }
}
