package org.clausewright.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/** Reads versions out of commits, and finds the version a person means by an id, a prefix or a label. */
final class VersionLog {
    static final int MIN_PREFIX = 4;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{" + MIN_PREFIX + ",40}");

    private final Repository repository;
    private final Path folder;
    /** The last log read and the state it was read at: commits never change, only HEAD and the tags move. */
    private ObjectId loggedHead;
    private Map<String, ObjectId> loggedTags;
    private List<Version> logged;
    private final Map<String, ObjectId> trees = new HashMap<>();

    VersionLog(Repository repository, Path folder) {
        this.repository = repository;
        this.folder = folder;
    }

    /**
     * Newest first: by ancestry, so that versions recorded with the same time keep their order. Asked again
     * while HEAD and the tags stay where they were, the list read before is returned without walking the
     * commits again (an export asks three times).
     */
    List<Version> log() throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return List.of();
        }
        List<Ref> tagRefs = Milestones.tags(repository);
        Map<String, ObjectId> tags = new HashMap<>();
        for (Ref ref : tagRefs) {
            tags.put(ref.getName(), ref.getObjectId());
        }
        if (head.equals(loggedHead) && tags.equals(loggedTags)) {
            return logged;
        }
        Map<ObjectId, List<String>> milestones = Milestones.byCommit(repository, tagRefs);
        List<Version> versions = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.COMMIT_TIME_DESC, true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                versions.add(toVersion(commit, milestones.getOrDefault(commit, List.of())));
                trees.put(commit.name(), commit.getTree().copy());
            }
        }
        logged = List.copyOf(versions);
        loggedHead = head.copy();
        loggedTags = tags;
        return logged;
    }

    /**
     * The first version of {@link #log}, read from HEAD alone: HEAD is where the log's walk starts and every other
     * version is its ancestor, so it always comes first. An export asks only this of the log; walking all the
     * versions for it read every commit of a long history.
     */
    Optional<Version> latest() throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            trees.put(commit.name(), commit.getTree().copy());
            return Optional.of(toVersion(commit, Milestones.byCommit(repository).getOrDefault(commit, List.of())));
        }
    }

    /** The root tree of a version; known without reading the commit again once the log has been read. */
    ObjectId tree(Version version) throws IOException {
        ObjectId known = trees.get(version.id());
        if (known != null) {
            return known;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId tree = walk.parseCommit(ObjectId.fromString(version.id())).getTree().copy();
            trees.put(version.id(), tree);
            return tree;
        }
    }

    Version version(ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(id);
            return toVersion(commit, Milestones.byCommit(repository).getOrDefault(commit, List.of()));
        }
    }

    /**
     * A label is what the committee wrote, so it wins over an id prefix that happens to spell the same
     * characters ("2026" could be both).
     */
    Revision resolve(String spec) throws IOException, HistoryException {
        String wanted = spec == null ? "" : spec.strip();
        if (wanted.equalsIgnoreCase(Revision.WORKING_NAME)) {
            return Revision.WORKING;
        }
        if (ObjectId.isId(wanted.toLowerCase(Locale.ROOT))) {
            try {
                return version(ObjectId.fromString(wanted.toLowerCase(Locale.ROOT)));
            } catch (MissingObjectException | IncorrectObjectTypeException e) {
                throw unknown(wanted);
            }
        }
        for (Version version : log()) {
            if (version.label().equals(wanted) || version.milestones().contains(wanted)) {
                return version;
            }
        }
        if (HEX.matcher(wanted).matches()) {
            List<ObjectId> commits = commitsStartingWith(wanted.toLowerCase(Locale.ROOT));
            if (commits.size() == 1) {
                return version(commits.get(0));
            }
            if (commits.size() > 1) {
                throw new HistoryException("\"" + wanted + "\" is the start of " + commits.size()
                        + " version ids; give more of the id (`clausewright log " + folder + "` lists them)");
            }
        }
        throw unknown(wanted);
    }

    private List<ObjectId> commitsStartingWith(String prefix) throws IOException {
        List<ObjectId> commits = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            Collection<ObjectId> candidates = reader.resolve(AbbreviatedObjectId.fromString(prefix));
            for (ObjectId candidate : candidates) {
                if (reader.open(candidate).getType() == Constants.OBJ_COMMIT) {
                    commits.add(candidate);
                }
            }
        }
        return commits;
    }

    private HistoryException unknown(String wanted) {
        return new HistoryException("no version named \"" + wanted + "\"; `clausewright log " + folder
                + "` lists them");
    }

    static Version toVersion(RevCommit commit, List<String> milestones) {
        String full = commit.getFullMessage();
        int newline = full.indexOf('\n');
        String label = (newline < 0 ? full : full.substring(0, newline)).strip();
        String rest = newline < 0 ? "" : full.substring(newline + 1);
        boolean checkpoint = commit.getFooterLines(VersionRecorder.CHECKPOINT_TRAILER).stream()
                .anyMatch(value -> value.strip().equalsIgnoreCase("true"));
        if (checkpoint) {
            // the checkpoint's trailers, and its reason's ("Clausewright-Checkpoint-Before: …")
            rest = rest.lines().filter(line -> !line.strip().startsWith(VersionRecorder.CHECKPOINT_TRAILER))
                    .collect(Collectors.joining("\n"));
        }
        Optional<MergeReason> merged = commit.getParentCount() > 1 ? MergeReason.of(commit) : Optional.empty();
        if (merged.isPresent()) {
            // the merge's trailers ("Clausewright-Merge: sync", "Clausewright-Merge-Source: origin", …)
            rest = rest.lines().filter(line -> !MergeReason.isTrailer(line)).collect(Collectors.joining("\n"));
        }
        List<String> parents = new ArrayList<>(commit.getParentCount());
        for (RevCommit parent : commit.getParents()) {
            parents.add(parent.name());
        }
        return new Version(commit.name(), label, rest.strip(), commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getWhenAsInstant(), checkpoint, milestones, parents,
                checkpoint ? CheckpointReason.of(commit) : Optional.empty(), merged);
    }
}
