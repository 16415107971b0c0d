package org.clausewright.app;

import java.util.List;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;

/**
 * One merge a sync made: what the merge engine decided (for the window's Merge results, where a member chooses
 * each listed conflict) and the same in the lines the command line prints and the version's message holds.
 *
 * @param theirs the other site as the merge saw it: its authors and where its versions came from
 */
public record SyncMerge(MergeOutcome outcome, MergeSide theirs, List<String> lines) {
    public SyncMerge {
        lines = List.copyOf(lines);
    }
}
