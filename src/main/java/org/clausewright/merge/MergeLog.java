package org.clausewright.merge;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.TextAnchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What one merge notes as it goes: the two sides, its time, the conflicts listed and the brackets made. */
final class MergeLog {
    /** The author of the threads the merge opens; a name no member has, so the threads read as the program's. */
    static final String AUTHOR = "Clausewright merge";

    final MergeSide ours;
    final MergeSide theirs;
    final Instant when;
    final List<MergeConflict> conflicts = new ArrayList<>();
    final List<BracketMade> bracketsMade = new ArrayList<>();
    final List<String> keptClauses = new ArrayList<>();

    MergeLog(MergeSide ours, MergeSide theirs, Instant when) {
        this.ours = ours;
        this.theirs = theirs;
        this.when = when;
    }

    void conflict(MergeConflict.Kind kind, String id, String field, String base, String ours, String theirs) {
        conflicts.add(new MergeConflict(kind, id, field, base, ours, theirs, MergeConflict.Side.OURS));
    }

    /** A new open comment by the merge, with an id made from {@code basis} (unique among {@code taken}). */
    AnnotationThread thread(List<String> basis, Set<String> taken, TextAnchor anchor, String text) {
        String id = MergeIds.of("t-", basis, taken);
        taken.add(id);
        return AnnotationThread.open(id, anchor, AnnotationKind.COMMENT, AUTHOR, when, text);
    }
}
