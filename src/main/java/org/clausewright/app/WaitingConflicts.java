package org.clausewright.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewright.merge.ConflictState;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeSide;
import org.clausewright.model.Project;

/**
 * The conflicts the merges of this site's syncs listed that nobody has settled yet, for Merge results: those of
 * earlier syncs stay until chosen, not only the last sync's, and (with a {@link ConflictsFile}) across closing and
 * reopening the project. A conflict is settled when a member chose a side in Merge results, or when the draft no
 * longer holds any of its three values (edited by hand since, or its clause gone). A later merge that lists the
 * same field of the same clause again replaces the earlier listing.
 *
 * <p>Changes are kept in memory at once and written by {@link #flush()}, which the window runs on its worker.
 */
public final class WaitingConflicts {
    private final ConflictsFile file;
    private final List<MergeConflict> waiting = new ArrayList<>();
    private final Map<MergeConflict, MergeSide> from = new HashMap<>();
    private final Set<MergeConflict> chosen = new HashSet<>();
    private final List<ConflictsFile.Waiting> toAdd = new ArrayList<>();
    private final Set<MergeConflict> toSettle = new LinkedHashSet<>();
    private SyncMerge latest;

    /** Kept for the window's session only. */
    public WaitingConflicts() {
        this(null);
    }

    /** @param file where the waiting conflicts are kept between sessions, or null */
    public WaitingConflicts(ConflictsFile file) {
        this.file = file;
    }

    /**
     * Takes in the conflicts earlier sessions left in the file (behind any listed since).
     *
     * @return a sentence for each entry the file holds that this version could not read (kept in the file)
     */
    public List<String> load() throws IOException {
        if (file == null) {
            return List.of();
        }
        ConflictsFile.Contents contents = file.read();
        synchronized (this) {
            int at = 0;
            for (ConflictsFile.Waiting w : contents.waiting()) {
                if (waiting.stream().noneMatch(c -> ConflictsFile.sameField(c, w.conflict()))) {
                    waiting.add(at++, w.conflict());
                    from.put(w.conflict(), w.from());
                }
            }
        }
        return contents.problems();
    }

    /** A merge a sync made; its conflicts join those still waiting. */
    public synchronized void add(SyncMerge merge) {
        for (MergeConflict conflict : merge.outcome().conflicts()) {
            waiting.removeIf(w -> ConflictsFile.sameField(w, conflict));
            waiting.add(conflict);
            from.put(conflict, merge.theirs());
            chosen.remove(conflict);
            toAdd.removeIf(w -> ConflictsFile.sameField(w.conflict(), conflict));
            toAdd.add(new ConflictsFile.Waiting(conflict, merge.theirs()));
        }
        if (!merge.outcome().conflicts().isEmpty() || latest == null) {
            latest = merge;
        }
    }

    /** A member chose a side of {@code conflict} in Merge results. */
    public synchronized void chosen(MergeConflict conflict) {
        chosen.add(conflict);
        settle(conflict);
    }

    /** A choice made in Merge results was undone: {@code conflict} waits again, in the file too. */
    public synchronized void unchosen(MergeConflict conflict) {
        if (!chosen.remove(conflict) && waiting.contains(conflict)) {
            return;
        }
        if (!waiting.contains(conflict)) {
            waiting.add(conflict);
        }
        toSettle.remove(conflict);
        toAdd.removeIf(w -> w.conflict().equals(conflict));
        toAdd.add(new ConflictsFile.Waiting(conflict, from.getOrDefault(conflict, new MergeSide("", "", ""))));
    }

    /** The conflicts still waiting in {@code project}, oldest first. */
    public synchronized List<MergeConflict> in(Project project) {
        for (MergeConflict c : List.copyOf(waiting)) {
            if (chosen.contains(c) || ConflictState.held(project, c).isEmpty()) {
                waiting.remove(c);
                settle(c);
            }
        }
        return List.copyOf(waiting);
    }

    /** The site whose merge listed {@code conflict}, as far as known. */
    public synchronized Optional<MergeSide> from(MergeConflict conflict) {
        return Optional.ofNullable(from.get(conflict));
    }

    /** The last merge of this session that listed conflicts: whose brackets and counts Merge results shows. */
    public synchronized Optional<SyncMerge> latest() {
        return Optional.ofNullable(latest);
    }

    /** Writes what changed since the last flush to the file (re-read first: other writers' entries stay). */
    public void flush() throws IOException {
        List<ConflictsFile.Waiting> added;
        Set<MergeConflict> settled;
        synchronized (this) {
            added = List.copyOf(toAdd);
            settled = Set.copyOf(toSettle);
            toAdd.clear();
            toSettle.clear();
        }
        if (file != null) {
            try {
                file.update(added, settled);
            } catch (IOException e) {
                synchronized (this) {
                    toAdd.addAll(0, added);
                    toSettle.addAll(settled);
                }
                throw e;
            }
        }
    }

    private void settle(MergeConflict conflict) {
        toAdd.removeIf(w -> w.conflict().equals(conflict));
        toSettle.add(conflict);
    }
}
