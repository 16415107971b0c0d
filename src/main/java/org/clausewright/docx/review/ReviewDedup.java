package org.clausewright.docx.review;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.Reply;
import org.clausewright.model.UnplacedThread;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leaves out of a review what the project already has, so importing a file twice, or our own export, changes
 * nothing. Every comparison is a look-up ({@link KnownItems}), so this is linear in the items.
 */
final class ReviewDedup {
    private final Project project;
    /** The project's unplaced threads: an item the last import could not place may find its clause now. */
    private final KnownItems<AnnotationThread> unplacedNotes = new KnownItems<>();
    /** Those and its placed threads: an unplaced item may have been attached to a clause since. */
    private final KnownItems<AnnotationThread> notes = new KnownItems<>();
    int duplicates;

    ReviewDedup(Project project) {
        this.project = project;
        project.unplaced().forEach(u -> addNote(unplacedNotes, u.thread()));
        project.unplaced().forEach(u -> addNote(notes, u.thread()));
        project.threads().values().forEach(list -> list.forEach(t -> addNote(notes, t)));
    }

    ClauseReview clause(String clauseId, List<AnnotationThread> incoming) {
        KnownItems<AnnotationThread> threads = new KnownItems<>();
        KnownItems<Reply> replies = new KnownItems<>();
        for (AnnotationThread e : project.threadsOf(clauseId)) {
            Sameness.existing(e).forEach(key -> threads.add(key, e.created(), e));
            for (Reply r : e.replies()) {
                Sameness.replyAsThread(e, r).forEach(key -> replies.add(key, r.time(), r));
            }
        }
        KnownItems<AnnotationThread> added = new KnownItems<>();
        List<AnnotationThread> fresh = new ArrayList<>();
        Map<String, List<Reply>> newReplies = new LinkedHashMap<>();
        for (AnnotationThread t : incoming) {
            Sameness.Key key = Sameness.incoming(t);
            AnnotationThread known = threads.find(key, t.created());
            if (known != null) {
                duplicates++;
                List<Reply> more = newReplies(known, t);
                if (!more.isEmpty()) {
                    newReplies.computeIfAbsent(known.id(), k -> new ArrayList<>()).addAll(more);
                }
            } else if (replies.find(key, t.created()) != null || added.find(key, t.created()) != null
                    || unplacedNotes.find(Sameness.note(t), t.created()) != null) {
                duplicates++;
            } else {
                added.add(key, t.created(), t);
                fresh.add(t);
            }
        }
        return new ClauseReview(clauseId, fresh, newReplies);
    }

    List<UnplacedThread> unplaced(List<UnplacedThread> incoming) {
        List<UnplacedThread> result = new ArrayList<>();
        Map<String, KnownItems<UnplacedThread>> byContext = new LinkedHashMap<>();
        for (UnplacedThread u : incoming) {
            Sameness.Key key = Sameness.note(u.thread());
            KnownItems<UnplacedThread> inFile = byContext.computeIfAbsent(u.context(), c -> new KnownItems<>());
            if (notes.find(key, u.thread().created()) != null || inFile.find(key, u.thread().created()) != null) {
                duplicates++;
            } else {
                inFile.add(key, u.thread().created(), u);
                result.add(u);
            }
        }
        return result;
    }

    private static void addNote(KnownItems<AnnotationThread> notes, AnnotationThread t) {
        notes.add(Sameness.note(t), t.created(), t);
    }

    private static List<Reply> newReplies(AnnotationThread known, AnnotationThread incoming) {
        KnownItems<Reply> have = new KnownItems<>();
        known.replies().forEach(r -> have.add(Sameness.reply(r), r.time(), r));
        List<Reply> fresh = new ArrayList<>();
        for (Reply r : incoming.replies()) {
            if (have.find(Sameness.reply(r), r.time()) == null) {
                fresh.add(r);
                have.add(Sameness.reply(r), r.time(), r);
            }
        }
        return fresh;
    }
}
