package org.clausewright.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewright.history.HistoryException;
import org.clausewright.history.PendingVersion;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.history.remote.Divergence;
import org.clausewright.merge.BracketMade;
import org.clausewright.merge.FrameworkFields;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.OutlineOrder;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Merges two sites' drafts that both have new versions — as data, with the merge engine — writes the merged draft
 * through the store and records it as a version with both parents. The files and the merge are announced before
 * the first file is written, so a sync killed half way is finished, as the same merge, by the next command.
 */
final class ProjectMerger {
    private ProjectMerger() {
    }

    static Optional<Version> merge(Path dir, ProjectLock lock, Divergence divergence, String source, String author,
                                   List<SyncMerge> merged) throws IOException, HistoryException {
        if (divergence.base() == null) {
            throw new HistoryException("this project and " + source + " have no version in common: they are"
                    + " different projects, and nothing was changed; clone " + source + " into a new folder instead");
        }
        try (VersionHistory history = VersionHistory.open(dir, lock, notice -> { })) {
            Version head = version(history, divergence.ours());
            Version theirsHead = version(history, divergence.theirs());
            Project base = read(history, version(history, divergence.base()), source);
            Project theirs = read(history, theirsHead, source);
            Project ours = ProjectReader.read(new ProjectFolder(dir)).orThrow();
            MergeSide oursSide = new MergeSide(author, "", "this site");
            List<String> names = authors(divergence.incoming());
            MergeSide theirsSide = new MergeSide(joined(names), "", source, names);
            Instant when = head.time().isAfter(theirsHead.time()) ? head.time() : theirsHead.time();
            MergeOutcome outcome = ProjectMerge.merge(base, ours, theirs, oursSide, theirsSide, when);
            List<String> lines = describe(outcome);
            merged.add(new SyncMerge(outcome, theirsSide, lines));

            PlannedWrites planned = new PlannedWrites(dir);
            new ProjectWriter(planned).save(ours, outcome.merged());
            Map<String, Optional<byte[]>> writes = planned.writes();
            String label = "Sync with " + source + ": " + outcome.summary(theirsSide);
            PendingVersion pending = history.announceMerge(head, ObjectId.fromString(theirsHead.id()),
                    "the sync with " + source, writes, label, String.join("\n", lines), author, Instant.now());
            new ProjectWriter(new ProjectFolder(dir)).save(ours, outcome.merged());
            Version version = history.record(pending);
            history.clear(pending);
            return Optional.of(version);
        } catch (ProjectFileException e) {
            throw new HistoryException("the draft here cannot be read to merge it (" + Failures.describe(e)
                    + "); mend it (clausewright validate), then sync again; nothing was changed", e);
        }
    }

    private static Version version(VersionHistory history, String id) throws HistoryException {
        if (history.resolve(id) instanceof Version version) {
            return version;
        }
        throw new HistoryException("the version " + id + " could not be found in " + history.folder());
    }

    private static Project read(VersionHistory history, Version version, String source)
            throws IOException, HistoryException {
        try {
            return ProjectReader.read(history.files(version)).orThrow();
        } catch (ProjectFileException e) {
            throw new HistoryException("the version " + version + " from " + source + " cannot be read ("
                    + Failures.describe(e) + "); nothing was changed", e);
        }
    }

    /** Who made the versions that came in, each once, in the order they came. */
    private static List<String> authors(List<Version> incoming) {
        Set<String> names = new LinkedHashSet<>();
        incoming.stream().filter(v -> !v.checkpoint()).forEach(v -> names.add(v.author()));
        if (names.isEmpty()) {
            incoming.forEach(v -> names.add(v.author()));
        }
        return List.copyOf(names);
    }

    /**
     * "Ingrid Solberg and Li Wei", for the notes the merge writes into the project and the version's label: the
     * same words at every site (a window lists {@link MergeSide#authors} in its member's language).
     */
    private static String joined(List<String> list) {
        if (list.size() <= 2) {
            return String.join(" and ", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    // "clause c-3 heading", "framework tianjin-2021 element 3 title", "title" (the project's)
    private static String subject(MergeConflict conflict) {
        if (conflict.kind() == MergeConflict.Kind.ORDER) {
            String c = conflict.clauseId();
            return c.isEmpty() ? "order of the parts" : (c.startsWith("p:") ? "order of part " : "order of section ")
                    + OutlineOrder.id(c);
        }
        if (conflict.kind() == MergeConflict.Kind.FRAMEWORK
                && conflict.field().equals(FrameworkFields.WHOLE_FRAMEWORK)) {
            return "framework " + conflict.clauseId();
        }
        if (conflict.kind() == MergeConflict.Kind.FRAMEWORK) {
            String id = conflict.clauseId();
            int slash = id.indexOf('/');
            return "framework " + (slash < 0 ? id + " " + conflict.field() : id.substring(0, slash) + " element "
                    + id.substring(slash + 1) + (conflict.elements() != null ? "" : " " + conflict.field()));
        }
        return conflict.clauseId().isEmpty() ? conflict.field()
                : "clause " + conflict.clauseId() + " " + conflict.field();
    }

    // an element one site removed reads as removed there, not as empty words
    private static String shown(MergeConflict conflict, String value) {
        if (conflict.kind() == MergeConflict.Kind.ORDER) {
            return String.join(" ", OutlineOrder.keys(value).stream().map(OutlineOrder::id).toList());
        }
        boolean whole = conflict.elements() != null || conflict.kind() == MergeConflict.Kind.FRAMEWORK
                && conflict.field().equals(FrameworkFields.WHOLE_FRAMEWORK);
        return whole && value.isEmpty() ? "(removed)" : value;
    }

    /** One line per bracket made, conflict listed and deleted clause kept: what the members must now decide. */
    static List<String> describe(MergeOutcome outcome) {
        List<String> lines = new ArrayList<>();
        for (BracketMade bracket : outcome.bracketsMade()) {
            lines.add("clause " + bracket.clauseId() + ": bracket " + bracket.bracketId() + " with the options “"
                    + String.join("” / “", bracket.optionTexts()) + "” (was “" + bracket.before() + "”), thread "
                    + bracket.threadId() + " open for a decision");
        }
        for (MergeConflict conflict : outcome.conflicts()) {
            lines.add(subject(conflict) + ": here “" + shown(conflict, conflict.ours()) + "”, there “"
                    + shown(conflict, conflict.theirs()) + "”, before “" + shown(conflict, conflict.base())
                    + "”; the draft holds “"
                    + shown(conflict, conflict.value(conflict.holds())) + "” until a member chooses");
        }
        for (String kept : outcome.keptClauses()) {
            lines.add("clause " + kept + " was deleted at one site and changed at the other: kept, with a thread"
                    + " saying so");
        }
        return lines;
    }
}
