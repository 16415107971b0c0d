package org.clausewright.app;

import org.clausewright.command.Command;
import org.clausewright.command.CommandStack;
import org.clausewright.command.ReplaceClause;
import org.clausewright.command.ReplaceProject;
import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.store.FileStamps;
import org.clausewright.store.OutsideChangeException;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectParts;
import org.clausewright.store.StampedFiles;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One open project: its edits (a {@link CommandStack}), the state its folder holds, and the lock that says
 * who has it open. A member who finds the project held by someone else gets it read-only, told who holds it.
 * Saving, recording and restoring are synchronized with each other because they run on background threads
 * and all of them write or read the folder.
 */
public final class ProjectSession implements AutoCloseable {
    private final ProjectFolder folder;
    private final ProjectLock lock;
    private final ProjectLock.Outcome lockOutcome;
    private final CommandStack commands;
    private final Consumer<String> notices;
    private final OutsideChanges outside;
    /** What each file held when this session last read or wrote it: a save never overwrites anything else. */
    private FileStamps stamps;
    private Project written;
    /** What a newer Clausewright wrote that this one keeps without knowing it, as read when the project opened. */
    private final List<String> keptFromNewer;
    /**
     * A sync has written the folder and the window has not taken in what came yet: a save now would write the
     * draft from before the sync over it, so saves wait (the draft stays unsaved) until {@link #takeIn}.
     */
    private boolean syncWriting;
    /**
     * What each file held when a sync or a bundle had written the folder and it was read back, to be this session's
     * stamps once {@link #takeIn} makes that draft the one written: those files are this window's own writes, not
     * another program's. Null when nothing waits to be taken in.
     */
    private FileStamps arrived;
    /** Files the folder's watcher reported while a sync's take-in was pending, looked at after it (null: all). */
    private java.util.Set<String> deferred = new java.util.TreeSet<>();
    /** Asks for a look at the files put off meanwhile (the window queues it on its worker). */
    private Runnable lookAgain = () -> { };

    ProjectSession(ProjectFolder folder, Project project, FileStamps stamps, ProjectLock.Outcome lockOutcome,
                   String member, Consumer<String> notices, List<String> keptFromNewer) {
        this.folder = folder;
        this.keptFromNewer = keptFromNewer;
        this.stamps = stamps;
        this.outside = new OutsideChanges(folder, member);
        this.written = project;
        this.commands = new CommandStack(project);
        this.lock = lockOutcome.lock();
        this.lockOutcome = lockOutcome;
        this.notices = notices;
    }

    /** Opens the project for {@code member}; what it repairs on its own is said on standard error. */
    public static ProjectSession open(Path dir, String member) throws IOException, ProjectFileException {
        return open(dir, member, System.err::println);
    }

    /**
     * Opens the project for {@code member}; a project with problems is refused with all of them listed. What
     * the session repairs on its own, now or later (a git lock left by a crash), is told to {@code notices}
     * in one sentence each.
     */
    public static ProjectSession open(Path dir, String member, Consumer<String> notices)
            throws IOException, ProjectFileException {
        return open(new ProjectFolder(dir), member, notices);
    }

    static ProjectSession open(ProjectFolder folder, String member) throws IOException, ProjectFileException {
        return open(folder, member, System.err::println);
    }

    /** Opening itself (the lock first, then the files) is {@link ProjectOpening}'s. */
    static ProjectSession open(ProjectFolder folder, String member, Consumer<String> notices)
            throws IOException, ProjectFileException {
        return ProjectOpening.open(folder, member, notices);
    }

    /**
     * The keys and values a newer Clausewright wrote into the files, which this version keeps and writes back without
     * knowing them, one line each ("clauses/x.json:7:3: unknown key …"; empty for most projects): the window says
     * so once, when the project opens.
     */
    public List<String> keptFromNewer() {
        return keptFromNewer;
    }

    /**
     * Takes the digests of the files as read, so the session stops holding their bytes ({@link FileStamps#settle});
     * the window does it on the worker once its first frame shows. Skipping it only costs memory.
     */
    public void settleStamps() {
        FileStamps current;
        synchronized (this) {
            current = stamps;
        }
        current.settle();
    }

    public Path dir() {
        return folder.root();
    }

    public Project project() {
        return commands.current();
    }

    /** The edits of this project, for undo, redo and the dirty flag. */
    public CommandStack commands() {
        return commands;
    }

    public boolean isReadOnly() {
        return lock == null;
    }

    /** Who holds the project ("Li Wei on lab-pc-3 (since …)") when this session is read-only. */
    public Optional<String> heldBy() {
        return Optional.ofNullable(lockOutcome.heldBy()).map(ProjectLock.Holder::describe);
    }

    /**
     * What the member can do about the lock, when this session is read-only: close the project there, or,
     * for a lock from another computer, which file to delete once that computer is known to be off.
     */
    public Optional<String> lockAdvice() {
        return isReadOnly() ? Optional.of(lockOutcome.advice()) : Optional.empty();
    }

    public boolean hasUnsavedChanges() {
        return commands.isDirty();
    }

    /** Runs an edit; refused when the project is open read-only. */
    public Project execute(Command command) {
        requireWritable();
        return commands.execute(command);
    }

    /** Replaces the current state as one undoable step (used by the benchmark and by imports). */
    public void update(Project next) {
        update(next, "command.edit");
    }

    /** Replaces the current state as one undoable step named {@code commandName} ("command.importReview"). */
    public void update(Project next, String commandName) {
        execute(new ReplaceProject(next, commandName));
    }

    /**
     * Writes the files that changed since the last save, atomically each; returns how many. A file that another
     * program changed since this session read it is not written: the others are, and an
     * {@link OutsideChangeException} names it; its part stays unsaved in the window ({@link #checkOutside}).
     */
    public synchronized int save() throws IOException {
        Project target = commands.current();
        if (isReadOnly() || target == written || syncWriting) {
            return 0;
        }
        try {
            int count = new ProjectWriter(folder, stamps).save(written, target);
            written = target;
            commands.markSaved(target);
            return count;
        } catch (OutsideChangeException e) {
            Project saved = target;
            for (String path : e.paths()) {
                saved = ProjectParts.copy(saved, written, path);
            }
            written = saved;
            throw e;
        }
    }

    /**
     * Looks at {@code paths} (project-relative; null: every file of the project) for changes made by other
     * programs: each one whose part the window has not edited is taken in, as one undoable step; one whose part the
     * window has edited is merged with that edit (base: what was last read), the same words changed differently
     * becoming a bracket with both wordings. Returns what came in and every change still waiting (a merge that
     * leaves a choice other than words, a file that does not read, a deleted clause file).
     */
    public synchronized OutsideReport checkOutside(Collection<String> paths) throws IOException {
        if (syncWriting || arrived != null) {
            // the files are most likely the sync's own, not yet taken in: looked at once they are (lookAgain)
            if (paths == null || deferred == null) {
                deferred = null;
            } else {
                deferred.addAll(paths);
            }
            return new OutsideReport(List.of(), List.of(), outside.waiting());
        }
        Collection<String> look = paths;
        if (deferred == null) {
            look = null;
        } else if (!deferred.isEmpty() && paths != null) {
            deferred.addAll(paths);
            look = List.copyOf(deferred);
        }
        deferred = new java.util.TreeSet<>();
        OutsideChanges.Outcome outcome = outside.check(look == null ? outside.allPaths(written) : look, written,
                commands, stamps);
        written = outcome.written();
        return new OutsideReport(outcome.takenIn(), outcome.merged(), outcome.waiting(), outcome.redoEnded());
    }

    /**
     * What to run when files the watcher reported during a sync are to be looked at, after the sync's take-in
     * ({@link #checkOutside} with no path then looks at them); the window queues a look on its worker.
     */
    public synchronized void onLookAgain(Runnable look) {
        lookAgain = java.util.Objects.requireNonNull(look);
    }

    private void looksPutOff() {
        if (deferred == null || !deferred.isEmpty()) {
            lookAgain.run();
        }
    }

    /**
     * Reads the folder as a sync or a bundle left it, each file noted, so that {@link #takeIn} knows those files as
     * this window's own (the folder's watcher reports them soon after).
     */
    synchronized Project readArrived() throws IOException, ProjectFileException {
        FileStamps read = new FileStamps();
        Project project = ProjectReader.read(new StampedFiles(folder, read)).orThrow();
        arrived = read;
        return project;
    }

    /** Saves, then records the folder as a version. */
    public synchronized Version record(String label, String message, String author)
            throws IOException, HistoryException, ProjectFileException {
        requireWritable();
        save();
        return Versions.record(dir(), lock, label, message, author, notices);
    }

    /** The history of this project, opened as its holder: recording clears what a crash left in the way. */
    VersionHistory history() throws HistoryException {
        requireWritable();
        return VersionHistory.open(dir(), lock, notices);
    }

    /** The files saving {@code next} would write, with their bytes (empty: deleted), without writing them. */
    synchronized Map<String, Optional<byte[]>> writesFor(Project next) throws IOException {
        PlannedWrites planned = new PlannedWrites(dir());
        new ProjectWriter(planned).save(written, next);
        return planned.writes();
    }

    /** Where this session says what it repaired on its own. */
    Consumer<String> notices() {
        return notices;
    }

    /** Brings back a clause as it was in {@code version}, after a checkpoint; undo takes it back. */
    public synchronized Version restoreClause(Version version, String clauseId, String author)
            throws IOException, HistoryException, ProjectFileException {
        requireWritable();
        save();
        Version checkpoint;
        try (VersionHistory history = history()) {
            checkpoint = history.restoreClause(version, clauseId, author, Instant.now());
        }
        adoptClause(clauseId);
        return checkpoint;
    }

    /** Makes the draft what it was in {@code version}, after a checkpoint; undo takes it back. */
    public synchronized Version restoreDraft(Version version, String author)
            throws IOException, HistoryException, ProjectFileException {
        requireWritable();
        save();
        Version checkpoint;
        try (VersionHistory history = history()) {
            checkpoint = history.restoreDraft(version, author, Instant.now());
        }
        adoptFolder("command.restoreDraft");
        return checkpoint;
    }

    /** Re-reads the folder (after an import or a merge wrote it) as one undoable step. */
    public synchronized void reload() throws IOException, ProjectFileException {
        adoptFolder("command.reload");
    }

    /**
     * Takes in a clause whose files a restore rewrote. Only that clause changes: edits made meanwhile in
     * other clauses stay, and stay unsaved until the next save writes them.
     */
    private void adoptClause(String clauseId) throws IOException, ProjectFileException {
        Clause restored = ProjectReader.readClause(new StampedFiles(folder, stamps), clauseId).orElseThrow(() ->
                new IOException("the restore wrote no file for clause \"" + clauseId + "\""));
        List<AnnotationThread> threads = ProjectReader.readThreads(new StampedFiles(folder, stamps), clauseId);
        boolean editedMeanwhile = commands.current() != written;
        written = written.withClause(restored).withThreads(clauseId, threads);
        commands.execute(new ReplaceClause(restored, threads, "command.restoreClause"));
        if (!editedMeanwhile) {
            written = commands.current();
            commands.markSaved(written);
        }
    }

    /** The lock this session holds, for work that must run as its holder (a sync); null when read-only. */
    ProjectLock lock() {
        return lock;
    }

    /** The state the folder holds, as this session last wrote or read it. */
    synchronized Project written() {
        return written;
    }

    /**
     * Takes in {@code theirs}, what a sync or a bundle left in the folder, as one undoable step. Edits made since
     * {@code base} (the state the sync started from) are merged with it in memory and stay unsaved, so the next
     * save writes them over what came in; with none, the draft is exactly the folder's.
     *
     * @return the merge of those edits with what came in, or empty when there were none
     */
    synchronized Optional<MergeOutcome> takeIn(Project base, Project theirs, MergeSide oursSide,
                                               MergeSide theirsSide) {
        requireWritable();
        syncWriting = false;
        Project ours = commands.current();
        written = theirs;
        if (arrived != null) {
            stamps = arrived;
            arrived = null;
        }
        looksPutOff();
        if (ours == base) {
            commands.execute(new ReplaceProject(theirs, "command.takeInSync"));
            commands.markSaved(theirs);
            return Optional.empty();
        }
        // the edits made while the sync ran meet what came in here only: threads dated now (see merge-as-data.md)
        MergeOutcome outcome = ProjectMerge.merge(base, ours, theirs, oursSide, theirsSide, java.time.Instant.now());
        commands.execute(new ReplaceProject(outcome.merged(), "command.takeInSync"));
        if (outcome.merged().equals(theirs)) {
            commands.markSaved(outcome.merged());
        }
        return Optional.of(outcome);
    }

    /**
     * Runs a sync's folder step with no save beside it (saves hold this session's monitor too). What the window
     * saved since the latest version (during the sync's network steps) is set aside first, so the step finds the
     * folder as recorded and neither refuses it nor records it as part of a merge, and it is put back afterwards,
     * merged with what the step brought in; from then on saves wait for {@link #takeIn}.
     */
    synchronized <T> T besideSaves(FolderTurn.Step<T> step, MergeSide oursSide, MergeSide theirsSide)
            throws IOException, HistoryException, ProjectFileException {
        requireWritable();
        Optional<Version> latest;
        Project recorded = null;
        try (VersionHistory history = history()) {
            latest = history.latest();
            if (latest.isPresent() && !history.changedPaths(latest.get(), org.clausewright.history.Revision.WORKING)
                    .isEmpty()) {
                recorded = ProjectReader.read(history.files(latest.get())).orThrow();
            }
        }
        Project saved = written;
        try {
            if (recorded != null) {
                written = recorded;
                new ProjectWriter(folder, stamps).save(saved, recorded);
            }
            return step.run();
        } finally {
            try (VersionHistory history = history()) {
                syncWriting |= !history.latest().equals(latest);
            }
            if (recorded != null) {
                putBack(recorded, saved, oursSide, theirsSide);
            }
        }
    }

    /** A sync that ended without a take-in (nothing came, or it failed): saves go on. */
    synchronized void syncEnded() {
        syncWriting = false;
        arrived = null;
        looksPutOff();
    }

    private void putBack(Project recorded, Project saved, MergeSide oursSide, MergeSide theirsSide)
            throws IOException, ProjectFileException {
        FileStamps read = new FileStamps();
        Project now = ProjectReader.read(new StampedFiles(folder, read)).orThrow();
        stamps = read;
        Project merged = ProjectMerge.merge(recorded, saved, now, oursSide, theirsSide, java.time.Instant.now())
                .merged();
        new ProjectWriter(folder, stamps).save(now, merged);
        written = merged;
    }

    private void adoptFolder(String commandName) throws IOException, ProjectFileException {
        FileStamps read = new FileStamps();
        Project project = ProjectReader.read(new StampedFiles(folder, read)).orThrow();
        stamps = read;
        written = project;
        if (isReadOnly()) {
            commands.reset(project);
        } else {
            commands.execute(new ReplaceProject(project, commandName));
            commands.markSaved(project);
        }
    }

    private void requireWritable() {
        if (isReadOnly()) {
            throw new IllegalStateException("the project is open read-only: " + heldBy().orElse("another member")
                    + " has it open");
        }
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.close();
        }
    }
}
