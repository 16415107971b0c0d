package org.clausewright.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.clausewright.model.Ids;
import org.clausewright.store.ProjectFiles;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The recorded versions of one project folder: record, list, read, compare and restore. Works on files
 * as bytes; turning them into clauses is the store's job. Not thread-safe: one operation at a time.
 */
public final class VersionHistory implements AutoCloseable {
    private final Path folder;
    private final Repository repository;
    private final VersionLog versions;
    private final Restorer restorer;
    private final GitLocks locks;
    private final PendingVersions pending;

    private VersionHistory(Path folder, Repository repository, GitLocks locks) {
        this.folder = folder;
        this.repository = repository;
        this.versions = new VersionLog(repository, folder);
        this.restorer = new Restorer(folder);
        this.locks = locks;
        this.pending = new PendingVersions(repository, folder);
    }

    /**
     * Opens the history of {@code folder}, starting an empty one if the folder has none yet. A git lock file
     * left in the way of recording is never removed: recording then says which file it is.
     */
    public static VersionHistory open(Path folder) throws HistoryException {
        return open(folder, false, GitLocks.WAIT, notice -> { });
    }

    /**
     * Opens the history of a project folder that this process holds ({@code held} is its lock). Recording
     * removes a git lock file left by a process that died while writing the history (one older than the hold
     * and still there after a moment), and says so to {@code notices} in one sentence.
     */
    public static VersionHistory open(Path folder, ProjectLock held, Consumer<String> notices)
            throws HistoryException {
        return open(folder, held != null, GitLocks.WAIT, notices);
    }

    static VersionHistory open(Path folder, boolean held, Duration wait, Consumer<String> notices)
            throws HistoryException {
        Path absolute = folder.toAbsolutePath().normalize();
        Repository repository = ProjectRepository.openOrInit(absolute);
        return new VersionHistory(absolute, repository, new GitLocks(repository, absolute, held, wait, notices));
    }

    public Path folder() {
        return folder;
    }

    /** Records the folder as it is now; a version is recorded even when nothing changed. */
    public Version record(String label, String message, String author, Instant time) throws HistoryException {
        return record(label, message, author, time, null);
    }

    /**
     * Records a merge: the folder as it is now — the merged files, already written by the caller — as a
     * version whose parents are the current version and {@code other} (in that order, as git records a merge
     * into the current branch), so that each side's versions stay in the history with their authors and later
     * merges start from here. {@code other} is a version of another site already in this repository, such as
     * the fetched {@code refs/remotes/origin/main}; it must not be part of the current history yet. With no
     * version recorded yet, the folder is recorded on top of {@code other} alone.
     *
     * <p>A merge that writes many files goes through the same crash-safe path as an import: record a
     * checkpoint, {@link #announceMerge announce} the files and the merge, write the files, then
     * {@link #record(PendingVersion)} and {@link #clear}; a process killed on the way is finished by the next
     * command, with both parents.
     */
    public Version recordMerge(ObjectId other, String label, String message, String author, Instant time)
            throws HistoryException {
        return record(label, message, author, time, null, Objects.requireNonNull(other, "other"));
    }

    /**
     * Records an automatic checkpoint, marked so that lists can show or hide it, with why it was recorded so that
     * each member's window names it in the member's language; {@code label} is what git clients show.
     */
    public Version recordCheckpoint(CheckpointReason reason, String label, String message, String author,
                                    Instant time) throws HistoryException {
        return record(label, message, author, time, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Announces the version that ends an operation before the operation writes its files: the new contents are
     * stored, and a journal names them with the checkpoint before and the version to record after. Until
     * {@link #clear} the operation can be finished by {@link #rollForward} and {@link #record(PendingVersion)}
     * in a later process, whatever moment it was killed at.
     *
     * @param files project-relative path → its new content, or empty for a file the operation deletes
     */
    public PendingVersion announce(Version checkpoint, String what, Map<String, Optional<byte[]>> files, String label,
                                   String message, String author, Instant time) throws HistoryException {
        return announce(checkpoint, Optional.empty(), what, files, label, message, author, time);
    }

    /**
     * As {@link #announce}, for an operation that ends with a merge of {@code other} ({@link #recordMerge}):
     * the journal names the other parent too, so that a process killed half way is finished as the same merge.
     */
    public PendingVersion announceMerge(Version checkpoint, ObjectId other, String what,
                                        Map<String, Optional<byte[]>> files, String label, String message,
                                        String author, Instant time) throws HistoryException {
        return announce(checkpoint, Optional.of(Objects.requireNonNull(other, "other")), what, files, label, message,
                author, time);
    }

    private PendingVersion announce(Version checkpoint, Optional<ObjectId> merge, String what,
                                    Map<String, Optional<byte[]>> files, String label, String message, String author,
                                    Instant time) throws HistoryException {
        try {
            return pending.announce(ObjectId.fromString(checkpoint.id()), merge, what, files, label, message, author,
                    time);
        } catch (IOException e) {
            throw failed("write down " + what + " before it starts", e);
        }
    }

    /** Whether the folder's history names an operation that was not finished, without opening the history. */
    public static boolean hasPending(Path folder) {
        return java.nio.file.Files.exists(PendingVersions.journal(folder.resolve(".git")));
    }

    /** The operation announced and not finished, if any. */
    public Optional<PendingVersion> pending() throws HistoryException {
        return pending.read();
    }

    /** The version that finished {@code pending}, when it was recorded before the operation could say so. */
    public Optional<Version> recorded(PendingVersion pending) throws HistoryException {
        try {
            Optional<ObjectId> id = this.pending.recorded(pending);
            return id.isEmpty() ? Optional.empty() : Optional.of(versions.version(id.get()));
        } catch (IOException e) {
            throw failed("look for the version of " + pending.what(), e);
        }
    }

    /**
     * Writes the files of {@code pending} that are still as at its checkpoint. Returns the files kept as they
     * are because they were changed since by something else.
     */
    public List<String> rollForward(PendingVersion pending) throws HistoryException {
        try {
            return this.pending.rollForward(pending);
        } catch (IOException e) {
            throw failed("finish writing the files of " + pending.what(), e);
        }
    }

    /**
     * Records the folder as the version {@code pending} announced: its label, message, author and time, and
     * the other parent when it announced a merge.
     */
    public Version record(PendingVersion pending) throws HistoryException {
        return record(pending.label(), pending.message(), pending.author(), pending.time(), null,
                pending.merge().map(ObjectId::fromString).orElse(null));
    }

    /** Forgets {@code pending}, once its version is recorded. */
    public void clear(PendingVersion pending) throws HistoryException {
        try {
            this.pending.clear();
        } catch (IOException e) {
            throw failed("finish " + pending.what(), e);
        }
    }

    /** Newest first; empty when nothing has been recorded yet. */
    public List<Version> log() throws HistoryException {
        try {
            return versions.log();
        } catch (IOException e) {
            throw failed("list the versions", e);
        }
    }

    /** The version the folder is on (the first of {@link #log}); empty when nothing has been recorded yet. */
    public Optional<Version> latest() throws HistoryException {
        try {
            return versions.latest();
        } catch (IOException e) {
            throw failed("find the latest version", e);
        }
    }

    /** A full id, a unique id prefix of 4 or more characters, a label or milestone name, or "working". */
    public Revision resolve(String spec) throws HistoryException {
        try {
            return versions.resolve(spec);
        } catch (IOException e) {
            throw failed("look up the version \"" + spec + "\"", e);
        }
    }

    /** The files of a version, or of the folder for {@link Revision#WORKING}. */
    public ProjectFiles files(Revision revision) throws HistoryException {
        if (revision instanceof Version version) {
            return new CommitFiles(repository, tree(version));
        }
        return new ProjectFolder(folder);
    }

    /** The project files that differ going from {@code from} to {@code to}, in path order. */
    public List<PathChange> changedPaths(Revision from, Revision to) throws HistoryException {
        try {
            if (from instanceof Version a && to instanceof Version b) {
                return Comparison.between(repository, tree(a), tree(b));
            }
            if (from instanceof Version a) {
                return Comparison.withFolder(repository, tree(a), true);
            }
            if (to instanceof Version b) {
                return Comparison.withFolder(repository, tree(b), false);
            }
            return List.of();
        } catch (IOException e) {
            throw failed("compare " + from + " with " + to, e);
        }
    }

    /**
     * Who gave each file under {@code paths} (files or folders) the content it has in {@code to}: the version
     * that made it, found going back from {@code to} along parent edges through the versions since
     * {@code from} (those reachable from {@code to} and not from {@code from}). A version made a file's content
     * when the file differs from its every parent's — a merge that took one side's file unchanged did not make
     * it, the version on that side did. A file whose latest change undid an earlier one is listed too: it was
     * changed. A file that differs between the two versions although none of the versions between made its
     * content (a merge kept the other side's older content, or {@code to} is older than {@code from}) is listed
     * with no version. In path order.
     */
    public Map<String, Optional<Version>> changeOrigins(Version from, Version to, List<String> paths)
            throws HistoryException {
        try {
            Map<String, Optional<RevCommit>> origins = ChangeOrigins.of(repository, ObjectId.fromString(from.id()),
                    ObjectId.fromString(to.id()), paths);
            Map<ObjectId, List<String>> milestones = Milestones.byCommit(repository);
            Map<String, Version> made = new HashMap<>();
            Map<String, Optional<Version>> result = new LinkedHashMap<>();
            for (Map.Entry<String, Optional<RevCommit>> origin : origins.entrySet()) {
                result.put(origin.getKey(), origin.getValue().map(commit -> made.computeIfAbsent(commit.name(),
                        id -> VersionLog.toVersion(commit, milestones.getOrDefault(commit, List.of())))));
            }
            return result;
        } catch (IOException e) {
            throw failed("find who made the changes from " + from + " to " + to, e);
        }
    }

    /** Makes the given files equal to the version's (deleting those it lacked), after a checkpoint. */
    public Version restoreFiles(Version version, List<String> paths, String author, Instant time)
            throws HistoryException {
        try {
            Map<String, Optional<byte[]>> contents = Restorer.contents(files(version), paths);
            String what = paths.size() == 1 ? paths.get(0) : paths.size() + " files";
            return restore(contents, new CheckpointReason(CheckpointReason.RESTORE_FILES, String.join(", ", paths),
                    version.label()), what, version, author, time);
        } catch (IOException e) {
            throw failed("read the files of " + version, e);
        }
    }

    /** Brings back a clause and its annotations as they were in the version, after a checkpoint. */
    public Version restoreClause(Version version, String clauseId, String author, Instant time)
            throws HistoryException {
        String id = validClauseId(clauseId);
        String clause = VersionedPaths.CLAUSES + "/" + id + ".json";
        String annotations = VersionedPaths.ANNOTATIONS + "/" + id + ".json";
        try {
            Map<String, Optional<byte[]>> contents = Restorer.contents(files(version), List.of(clause, annotations));
            if (contents.get(clause).isEmpty()) {
                throw new HistoryException("version " + version + " has no clause \"" + id + "\"; nothing was restored");
            }
            return restore(contents, new CheckpointReason(CheckpointReason.RESTORE_CLAUSE, id, version.label()),
                    "clause " + id, version, author, time);
        } catch (IOException e) {
            throw failed("read clause \"" + id + "\" from " + version, e);
        }
    }

    /** Makes every draft file equal to the version's, deleting those it lacked, after a checkpoint. */
    public Version restoreDraft(Version version, String author, Instant time) throws HistoryException {
        Version checkpoint = checkpointBefore(new CheckpointReason(CheckpointReason.RESTORE_DRAFT, "",
                version.label()), "the draft", version, author, time);
        try {
            List<PathChange> changes = Comparison.between(repository, tree(checkpoint), tree(version));
            restorer.write(Restorer.draftChanges(files(version), changes));
            return checkpoint;
        } catch (IOException e) {
            throw failed("restore the draft of " + version + " (the checkpoint " + checkpoint
                    + " holds the state before)", e);
        }
    }

    /** Marks a version as a milestone ("Circulated draft 1"); returns the version with its new mark. */
    public Version markMilestone(Version version, String name, String author, Instant time)
            throws HistoryException {
        try {
            Milestones.mark(repository, ObjectId.fromString(version.id()), name, author, time);
            return versions.version(ObjectId.fromString(version.id()));
        } catch (IOException e) {
            throw failed("mark " + version + " as a milestone", e);
        }
    }

    /** Checks that {@code name} can mark a version: one line, not taken by another milestone. */
    public void requireMilestoneNameFree(String name) throws HistoryException {
        try {
            Milestones.requireFree(repository, name);
        } catch (IOException e) {
            throw failed("read the milestones", e);
        }
    }

    /** Takes a milestone off a version (the version stays); returns the version without that mark. */
    public Version unmarkMilestone(Version version, String name) throws HistoryException {
        try {
            Milestones.unmark(repository, ObjectId.fromString(version.id()), name);
            return versions.version(ObjectId.fromString(version.id()));
        } catch (IOException e) {
            throw failed("remove the milestone \"" + name + "\" from " + version, e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }

    private Version record(String label, String message, String author, Instant time, CheckpointReason checkpoint)
            throws HistoryException {
        return record(label, message, author, time, checkpoint, null);
    }

    private Version record(String label, String message, String author, Instant time, CheckpointReason checkpoint,
                           ObjectId merge) throws HistoryException {
        try {
            ObjectId id = VersionRecorder.record(repository, locks, label, message, author, time, checkpoint, merge);
            return versions.version(id);
        } catch (IOException e) {
            throw failed("record the version \"" + label + "\"", e);
        }
    }

    private Version restore(Map<String, Optional<byte[]>> contents, CheckpointReason reason, String what,
                            Version version, String author,
                            Instant time) throws HistoryException {
        Version checkpoint = checkpointBefore(reason, what, version, author, time);
        try {
            restorer.write(contents);
            return checkpoint;
        } catch (IOException e) {
            throw failed("restore " + what + " from " + version + " (the checkpoint " + checkpoint
                    + " holds the state before)", e);
        }
    }

    private Version checkpointBefore(CheckpointReason reason, String what, Version version, String author,
                                     Instant time) throws HistoryException {
        return recordCheckpoint(reason, "Checkpoint before restoring " + what + " from “" + version.label() + "”",
                "Recorded automatically before restoring " + what + " from version " + version.shortId() + ".",
                author, time);
    }

    private ObjectId tree(Version version) throws HistoryException {
        try {
            return versions.tree(version);
        } catch (IOException e) {
            throw failed("find version " + version, e);
        }
    }

    private static String validClauseId(String clauseId) throws HistoryException {
        try {
            return Ids.require(clauseId, "clause");
        } catch (IllegalArgumentException e) {
            throw new HistoryException(e.getMessage(), e);
        }
    }

    private HistoryException failed(String what, IOException e) {
        return new HistoryException("could not " + what + " in " + folder + " (" + e.getMessage()
                + "); check that the folder is readable and writable", e);
    }
}
