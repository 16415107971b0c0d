package org.clausewright.merge;

import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Relocation;
import org.clausewright.model.Reply;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A clause's threads merged as a union by id: replies as a union by id too (a reply added on both sides keeps
 * both), a thread resolved on one side stays resolved (reopened on one side and left alone on the other, it is
 * open), other changes taken from the side that made them. Each thread's anchor is then found again in the merged
 * text, from the text of the side its anchor came from.
 */
final class ThreadMerge {
    private static final Comparator<Reply> OLDEST_FIRST = Comparator.comparing(Reply::time,
            Comparator.<Instant>naturalOrder()).thenComparing(Reply::id);

    private ThreadMerge() {
    }

    static List<AnnotationThread> merge(String baseText, String oursText, String theirsText, String merged,
                                        List<AnnotationThread> base, List<AnnotationThread> ours,
                                        List<AnnotationThread> theirs, MergeLog log) {
        Map<String, String> anchorText = new HashMap<>();
        base.forEach(t -> anchorText.put(t.id(), baseText));
        Map<String, AnnotationThread> baseById = new HashMap<>();
        base.forEach(t -> baseById.put(t.id(), t));
        for (AnnotationThread t : theirs) {
            AnnotationThread b = baseById.get(t.id());
            if (b == null || !b.anchor().equals(t.anchor())) {
                anchorText.put(t.id(), theirsText);
            }
        }
        for (AnnotationThread o : ours) {
            AnnotationThread b = baseById.get(o.id());
            if (b == null || !b.anchor().equals(o.anchor())) {
                anchorText.put(o.id(), oursText);
            }
        }
        List<AnnotationThread> oursKept = new ArrayList<>(ours);
        List<AnnotationThread> theirsKept = new ArrayList<>(theirs);
        for (AnnotationThread b : base) {
            deletedAtOneSite(b, oursKept, theirsKept, log.ours, log.theirs, log);
            deletedAtOneSite(b, theirsKept, oursKept, log.theirs, log.ours, log);
        }
        List<AnnotationThread> threads = ThreeWay.unionById(base, oursKept, theirsKept, AnnotationThread::id,
                ThreadMerge::thread);
        return threads.stream().map(t -> reanchored(t, anchorText.getOrDefault(t.id(), oursText), merged))
                .toList();
    }

    /**
     * A thread {@code deleter} took out: gone when the other site left it as it was; kept when the other site
     * answered or changed it, with a reply by the merge saying so, so that nobody's answer disappears unseen.
     */
    private static void deletedAtOneSite(AnnotationThread base, List<AnnotationThread> deleter,
                                         List<AnnotationThread> other, MergeSide deleterSide, MergeSide otherSide,
                                         MergeLog log) {
        if (deleter.stream().anyMatch(x -> x.id().equals(base.id()))) {
            return;
        }
        for (int i = 0; i < other.size(); i++) {
            AnnotationThread kept = other.get(i);
            if (!kept.id().equals(base.id())) {
                continue;
            }
            if (kept.equals(base)) {
                other.remove(i);
            } else {
                Set<String> taken = new HashSet<>();
                kept.replies().forEach(r -> taken.add(r.id()));
                String id = MergeIds.of("r-", List.of(kept.id(), "kept"), taken);
                other.set(i, kept.withReply(new Reply(id, MergeLog.AUTHOR, log.when, "merge: kept. "
                        + deleterSide.author() + " deleted this thread while " + otherSide.author() + " answered or"
                        + " changed it; it is kept so that nothing is lost. Resolve it, or delete it again.")));
            }
            return;
        }
    }

    private static AnnotationThread thread(AnnotationThread base, AnnotationThread ours, AnnotationThread theirs) {
        AnnotationThread settled = ThreeWay.oneSided(base, ours, theirs);
        if (settled != null) {
            return settled;
        }
        List<Reply> replies = ThreeWay.unionById(base == null ? List.of() : base.replies(), ours.replies(),
                theirs.replies(), Reply::id, (b, o, t) -> b == null ? o : ThreeWay.pick(b, o, t));
        int kept = base == null ? 0 : (int) replies.stream().filter(r -> base.replies().stream()
                .anyMatch(x -> x.id().equals(r.id()))).count();
        List<Reply> added = new java.util.ArrayList<>(replies.subList(kept, replies.size()));
        added.sort(OLDEST_FIRST);
        List<Reply> all = new java.util.ArrayList<>(replies.subList(0, kept));
        all.addAll(added);
        Resolution resolution = resolution(base == null ? null : base.resolution(), ours.resolution(),
                theirs.resolution());
        AnnotationThread b = base == null ? ours : base;
        TextAnchor anchor = ThreeWay.pick(b.anchor(), ours.anchor(), theirs.anchor());
        boolean detached = Objects.equals(anchor, ours.anchor()) ? ours.detached() : theirs.detached();
        return new AnnotationThread(ours.id(), anchor, ThreeWay.pick(b.kind(), ours.kind(), theirs.kind()),
                ThreeWay.pick(b.author(), ours.author(), theirs.author()),
                ThreeWay.pick(b.created(), ours.created(), theirs.created()),
                ThreeWay.pick(b.text(), ours.text(), theirs.text()),
                ThreeWay.pick(b.replacement(), ours.replacement(), theirs.replacement()), all, resolution, detached);
    }

    private static Resolution resolution(Resolution base, Resolution ours, Resolution theirs) {
        if (!ThreeWay.conflicts(base, ours, theirs)) {
            return ThreeWay.pick(base, ours, theirs);
        }
        // both changed it differently: resolved wins over open; of two resolutions, the earlier one
        if (ours == null || theirs == null) {
            return ours == null ? theirs : ours;
        }
        return ours.at().isAfter(theirs.at()) ? theirs : ours;
    }

    private static AnnotationThread reanchored(AnnotationThread thread, String from, String merged) {
        if (thread.anchor().isWholeClause() || from.equals(merged) && !thread.detached()) {
            return thread;
        }
        Relocation r = AnchorRelocator.relocate(thread.anchor(), thread.detached() ? null : from, merged);
        return thread.reanchored(r.anchor(), r.isDetached());
    }
}
