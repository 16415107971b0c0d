package org.clausewright.docx.review;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Reply;

import java.util.List;
import java.util.Map;

/**
 * What a review brings to one clause.
 *
 * @param added   new threads: comments and suggestions
 * @param replies new replies to threads the clause already has, by thread id
 */
public record ClauseReview(String clauseId, List<AnnotationThread> added, Map<String, List<Reply>> replies) {
    public ClauseReview {
        added = List.copyOf(added);
        replies = Map.copyOf(replies);
    }

    public int replyCount() {
        return replies.values().stream().mapToInt(List::size).sum();
    }
}
