package org.clausewright.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a member does with what a review brought: accept a suggestion (its words go into the clause), reject
 * it, or attach an unplaced thread to a clause. Each returns the next project state, so an editor command
 * undoes it by going back to the state before.
 */
public final class ReviewDecisions {
    private ReviewDecisions() {
    }

    /**
     * Puts the suggestion's replacement in place of its quote, resolves the thread with an "Accepted." reply,
     * and re-finds the anchors of the clause's other threads in the new text.
     */
    public static Project accept(Project project, String clauseId, String threadId, String member, Instant at) {
        Clause clause = project.clause(clauseId).orElseThrow(() -> new IllegalArgumentException(
                "there is no clause \"" + clauseId + "\""));
        AnnotationThread thread = thread(project, clauseId, threadId);
        if (thread.kind() != AnnotationKind.SUGGESTION) {
            throw new IllegalArgumentException("thread " + threadId + " is a " + thread.kind().key()
                    + ", not a suggestion: there is nothing to accept");
        }
        TextAnchor a = thread.anchor();
        if (thread.detached() || a.isWholeClause() || !a.matchesAt(clause.text())) {
            throw new IllegalStateException("the words of suggestion " + threadId + " (\"" + a.quote()
                    + "\") are no longer in the clause: edit the clause by hand");
        }
        String old = clause.text();
        String text = old.substring(0, a.start()) + thread.replacement() + old.substring(a.end());
        List<AnnotationThread> others = new ArrayList<>();
        project.threadsOf(clauseId).stream().filter(t -> !t.id().equals(threadId)).forEach(others::add);
        Reanchoring moved = AnchorRelocator.relocateAll(old, text, others);
        int end = a.start() + thread.replacement().length();
        TextAnchor now = end > a.start() ? TextAnchor.of(text, a.start(), end) : a;
        AnnotationThread accepted = thread.reanchored(now, end == a.start())
                .withReply(new Reply(Ids.random("r-"), member, at, "Accepted."))
                .resolved(new Resolution(member, at));
        List<AnnotationThread> threads = new ArrayList<>();
        int i = 0;
        for (AnnotationThread t : project.threadsOf(clauseId)) {
            threads.add(t.id().equals(threadId) ? accepted : moved.threads().get(i++));
        }
        return project.withClause(BracketSync.reconcile(clause.withText(text))).withThreads(clauseId, threads);
    }

    /** Resolves the suggestion with a "Rejected." reply; the clause is not changed. */
    public static Project reject(Project project, String clauseId, String threadId, String member, Instant at) {
        AnnotationThread thread = thread(project, clauseId, threadId);
        AnnotationThread rejected = thread.withReply(new Reply(Ids.random("r-"), member, at, "Rejected."))
                .resolved(new Resolution(member, at));
        return replace(project, clauseId, rejected);
    }

    /**
     * Moves an unplaced thread onto a clause, anchored to its quote where the clause has it, else detached with
     * its words as last seen (as the relocator leaves a thread whose words were edited away), so the Review panel
     * can say which words were not found and the member can re-attach it to a selection.
     */
    public static Project attach(Project project, int unplacedIndex, String clauseId) {
        Clause clause = project.clause(clauseId).orElseThrow(() -> new IllegalArgumentException(
                "there is no clause \"" + clauseId + "\""));
        List<UnplacedThread> unplaced = new ArrayList<>(project.unplaced());
        UnplacedThread item = unplaced.remove(unplacedIndex);
        AnnotationThread t = item.thread();
        Relocation r = AnchorRelocator.relocate(t.anchor(), item.context(), clause.text());
        AnnotationThread placed = t.anchor().isWholeClause() ? t.reanchored(TextAnchor.wholeClause(), false)
                : r.isDetached() ? t.reanchored(t.anchor(), true) : t.reanchored(r.anchor(), false);
        List<AnnotationThread> threads = new ArrayList<>(project.threadsOf(clauseId));
        threads.add(placed);
        return project.withThreads(clauseId, threads).withUnplaced(unplaced);
    }

    private static AnnotationThread thread(Project project, String clauseId, String threadId) {
        return project.threadsOf(clauseId).stream().filter(t -> t.id().equals(threadId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("clause \"" + clauseId + "\" has no thread "
                        + threadId));
    }

    private static Project replace(Project project, String clauseId, AnnotationThread thread) {
        List<AnnotationThread> threads = new ArrayList<>();
        project.threadsOf(clauseId).forEach(t -> threads.add(t.id().equals(thread.id()) ? thread : t));
        return project.withThreads(clauseId, threads);
    }
}
