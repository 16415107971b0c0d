package org.clausewright.docx.review;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.UnplacedThread;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Leaves out of a review what the project already has, so importing a file twice changes nothing. */
final class ReviewDedup {
    private final Project project;
    int duplicates;

    ReviewDedup(Project project) {
        this.project = project;
    }

    ClauseReview clause(String clauseId, List<AnnotationThread> incoming) {
        List<AnnotationThread> existing = project.threadsOf(clauseId);
        List<AnnotationThread> added = new ArrayList<>();
        Map<String, List<Reply>> replies = new LinkedHashMap<>();
        for (AnnotationThread t : incoming) {
            AnnotationThread known = existing.stream().filter(e -> Sameness.sameThread(e, t)).findFirst().orElse(null);
            if (known != null) {
                duplicates++;
                List<Reply> fresh = newReplies(known, t);
                if (!fresh.isEmpty()) {
                    replies.computeIfAbsent(known.id(), k -> new ArrayList<>()).addAll(fresh);
                }
            } else if (existing.stream().anyMatch(e -> e.replies().stream().anyMatch(r -> Sameness.sameAsReply(r, t)))
                    || added.stream().anyMatch(a -> Sameness.sameThread(a, t))
                    || project.unplaced().stream().anyMatch(u -> Sameness.sameNote(u.thread(), t))) {
                duplicates++;
            } else {
                added.add(t);
            }
        }
        return new ClauseReview(clauseId, added, replies);
    }

    List<UnplacedThread> unplaced(List<UnplacedThread> incoming) {
        List<UnplacedThread> result = new ArrayList<>();
        for (UnplacedThread u : incoming) {
            boolean known = project.unplaced().stream().anyMatch(e -> Sameness.sameNote(e.thread(), u.thread()))
                    || project.threads().values().stream().flatMap(List::stream)
                    .anyMatch(e -> Sameness.sameNote(e, u.thread()))
                    || result.stream().anyMatch(e -> Sameness.sameNote(e.thread(), u.thread())
                    && e.context().equals(u.context()));
            if (known) {
                duplicates++;
            } else {
                result.add(u);
            }
        }
        return result;
    }

    private static List<Reply> newReplies(AnnotationThread known, AnnotationThread incoming) {
        List<Reply> fresh = new ArrayList<>();
        for (Reply r : incoming.replies()) {
            if (known.replies().stream().noneMatch(e -> Sameness.sameReply(e, r))) {
                fresh.add(r);
            }
        }
        return fresh;
    }
}
