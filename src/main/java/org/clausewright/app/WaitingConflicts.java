package org.clausewright.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewright.merge.ConflictState;
import org.clausewright.merge.MergeConflict;
import org.clausewright.model.Project;

/**
 * The conflicts the merges of this window's syncs listed that nobody has settled yet, for Merge results: those of
 * earlier syncs stay until chosen, not only the last sync's. A conflict is settled when a member chose a side in
 * Merge results, or when the draft no longer holds any of its three values (edited by hand since, or its clause
 * gone). A later merge that lists the same field of the same clause again replaces the earlier listing.
 */
public final class WaitingConflicts {
    private final List<MergeConflict> waiting = new ArrayList<>();
    private final Set<MergeConflict> chosen = new HashSet<>();
    private SyncMerge latest;

    /** A merge a sync made; its conflicts join those still waiting. */
    public void add(SyncMerge merge) {
        for (MergeConflict conflict : merge.outcome().conflicts()) {
            waiting.removeIf(w -> w.kind() == conflict.kind() && w.clauseId().equals(conflict.clauseId())
                    && w.field().equals(conflict.field()));
            waiting.add(conflict);
            chosen.remove(conflict);
        }
        if (!merge.outcome().conflicts().isEmpty() || latest == null) {
            latest = merge;
        }
    }

    /** A member chose a side of {@code conflict} in Merge results. */
    public void chosen(MergeConflict conflict) {
        chosen.add(conflict);
    }

    /** The conflicts still waiting in {@code project}, oldest first. */
    public List<MergeConflict> in(Project project) {
        waiting.removeIf(c -> chosen.contains(c) || ConflictState.held(project, c).isEmpty());
        return List.copyOf(waiting);
    }

    /** The last merge that listed conflicts: whose the brackets and counts Merge results shows are. */
    public Optional<SyncMerge> latest() {
        return Optional.ofNullable(latest);
    }
}
