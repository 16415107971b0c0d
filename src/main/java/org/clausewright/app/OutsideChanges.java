package org.clausewright.app;

import org.clausewright.command.CommandStack;
import org.clausewright.command.TakeInOutsideChange;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.MergeSide;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Reanchoring;
import org.clausewright.store.FileStamps;
import org.clausewright.store.NotAPlainFileException;
import org.clausewright.store.Problem;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectParts;
import org.clausewright.store.ProjectPaths;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds what other programs changed in an open project's folder and takes in what it can: a part the window
 * has not edited since it was last read or saved comes in as one undoable step; a part the window has edited
 * is left on disk and in the window both (a {@link OutsideChange.Kind#CONFLICT}), so neither side's words
 * are lost; a file that does not read is left out until it does. Used by {@link ProjectSession} with its
 * lock held, so that no save runs meanwhile.
 */
final class OutsideChanges {
    /** Who the disk's side of a merge is credited to: the program that wrote it is not known. */
    static final String OUTSIDE_AUTHOR = "changed outside Clausewright";
    private final ProjectFolder folder;
    private final String member;
    private final Map<String, OutsideChange> waiting = new TreeMap<>();

    OutsideChanges(ProjectFolder folder, String member) {
        this.folder = folder;
        this.member = member;
    }

    /** What checking found: the files taken in now, and every file still waiting. */
    record Outcome(Project written, List<String> takenIn, List<String> merged, List<OutsideChange> waiting,
                   Optional<String> redoEnded) {
    }

    /**
     * Checks {@code paths} (project-relative; other paths are ignored) against what was last read or written.
     * {@code written} is what the folder held as this program last saw it; returns it as it is afterwards.
     */
    Outcome check(Collection<String> paths, Project written, CommandStack commands, FileStamps stamps)
            throws IOException {
        Project disk = written;
        Map<String, Optional<byte[]>> found = new HashMap<>();
        for (String path : new TreeSet<>(paths)) {
            if (!ProjectParts.isProjectFile(path)) {
                continue;
            }
            Optional<Project> read = read(path, disk, written, stamps, found);
            if (read.isPresent()) {
                disk = read.get();
            }
        }
        if (found.containsKey(ProjectPaths.OUTLINE) && !outlineComplete(disk)) {
            found.remove(ProjectPaths.OUTLINE);
            disk = ProjectParts.copy(disk, written, ProjectPaths.OUTLINE);
        }
        return takeIn(found, disk, written, commands, stamps);
    }

    /** Every file of the project, and every file the window knows of: what a lost or overflowing watch missed. */
    List<String> allPaths(Project written) throws IOException {
        TreeSet<String> paths = new TreeSet<>(List.of(ProjectPaths.PROJECT, ProjectPaths.OUTLINE,
                ProjectPaths.UNPLACED));
        paths.addAll(folder.list(ProjectPaths.CLAUSES));
        paths.addAll(folder.list(ProjectPaths.ANNOTATIONS));
        paths.addAll(folder.list(ProjectPaths.FRAMEWORKS));
        written.frameworks().keySet().forEach(id -> paths.add(ProjectPaths.framework(id)));
        for (String language : written.info().languages().targets()) {
            paths.addAll(folder.list(ProjectPaths.translations(language)));
            paths.add(ProjectPaths.titles(language));
        }
        for (String id : written.clauses().keySet()) {
            paths.add(ProjectPaths.clause(id));
            paths.add(ProjectPaths.annotations(id));
        }
        written.translations().all().forEach(t -> paths.add(ProjectPaths.translation(t.language(), t.clauseId())));
        return List.copyOf(paths);
    }

    /** The files still waiting, in path order. */
    List<OutsideChange> waiting() {
        return List.copyOf(waiting.values());
    }

    /**
     * Reads one file: empty when it holds what was last seen, does not read, or was deleted (each noted);
     * otherwise {@code disk} with the file's part, its bytes kept in {@code found}.
     */
    private Optional<Project> read(String path, Project disk, Project written, FileStamps stamps,
                                   Map<String, Optional<byte[]>> found) throws IOException {
        Optional<byte[]> content;
        try {
            content = folder.read(path);
        } catch (NotAPlainFileException e) {
            waiting.put(path, invalid(e.problem()));
            return Optional.empty();
        }
        if (stamps.matches(path, content)) {
            // our own write, or a change undone; a deleted clause stays marked until its file is back
            OutsideChange before = waiting.get(path);
            if (before == null || before.kind() != OutsideChange.Kind.DELETED || content.isPresent()) {
                waiting.remove(path);
            }
            return Optional.empty();
        }
        String id = ProjectParts.clauseId(path).orElse(null);
        if (content.isEmpty()) {
            if (ProjectParts.isClauseFile(path)) {
                // kept in the window, marked; an edit writes it again
                waiting.put(path, new OutsideChange(path, OutsideChange.Kind.DELETED, ""));
                stamps.noteRead(path, content);
                return Optional.empty();
            }
            if (path.equals(ProjectPaths.PROJECT) || path.equals(ProjectPaths.OUTLINE)) {
                waiting.put(path, invalid(Problem.ofFile(path, "is missing")));
                return Optional.empty();
            }
            found.put(path, content);
            if (ProjectParts.isFrameworkFile(path)) {
                return Optional.of(disk.withoutFramework(ProjectPaths.idOf(path)));
            }
            if (ProjectParts.isTitlesFile(path)) {
                return Optional.of(disk.withTranslations(disk.translations().withoutTitles(ProjectPaths.idOf(path))));
            }
            if (ProjectParts.isTranslationFile(path)) {
                return Optional.of(disk.withTranslations(disk.translations()
                        .without(ProjectParts.languageOf(path), id)));
            }
            return Optional.of(path.equals(ProjectPaths.UNPLACED) ? disk.withUnplaced(List.of())
                    : disk.withThreads(id, List.of()));
        }
        try {
            Project next = decoded(path, id, content.get(), disk);
            found.put(path, content);
            return Optional.of(next);
        } catch (ProjectFileException e) {
            waiting.put(path, invalid(e.problems().isEmpty() ? Problem.ofFile(path, e.getMessage())
                    : e.problems().get(0)));
            return Optional.empty();
        }
    }

    private Project decoded(String path, String id, byte[] content, Project disk)
            throws IOException, ProjectFileException {
        OneFile file = new OneFile(path, content, folder.root());
        if (path.equals(ProjectPaths.PROJECT)) {
            return disk.withInfo(ProjectReader.readInfo(file).orElseThrow());
        } else if (path.equals(ProjectPaths.OUTLINE)) {
            return disk.withOutline(ProjectReader.readOutline(file).orElseThrow());
        } else if (path.equals(ProjectPaths.UNPLACED)) {
            return disk.withUnplaced(ProjectReader.readUnplaced(file));
        } else if (ProjectParts.isClauseFile(path)) {
            Clause clause = ProjectReader.readClause(file, id).orElseThrow();
            if (!clause.id().equals(id)) {
                throw new ProjectFileException(List.of(Problem.ofFile(path, "the clause id \"" + clause.id()
                        + "\" does not match the file name (expected \"" + id + "\")")), folder.root());
            }
            return disk.withClause(clause);
        } else if (ProjectParts.isFrameworkFile(path)) {
            String frameworkId = ProjectPaths.idOf(path);
            var fw = ProjectReader.readFramework(file, frameworkId).orElseThrow();
            if (!fw.id().equals(frameworkId)) {
                throw new ProjectFileException(List.of(Problem.ofFile(path, "the framework id \"" + fw.id()
                        + "\" does not match the file name (expected \"" + frameworkId + "\")")), folder.root());
            }
            return disk.withFramework(fw);
        } else if (ProjectParts.isTitlesFile(path)) {
            String language = ProjectPaths.idOf(path);
            return ProjectReader.readTitles(file, language).filter(t -> t.language().equals(language))
                    .map(t -> disk.withTranslations(disk.translations().withTitles(t)))
                    .orElseThrow(() -> new ProjectFileException(List.of(Problem.ofFile(path, "`language` does not "
                            + "match the file name (expected \"" + language + "\")")), folder.root()));
        } else if (ProjectParts.isTranslationFile(path)) {
            String language = ProjectParts.languageOf(path);
            var translation = ProjectReader.readTranslation(file, language, id).orElseThrow();
            if (!translation.clauseId().equals(id) || !translation.language().equals(language)) {
                throw new ProjectFileException(List.of(Problem.ofFile(path, "the translation is of clause \""
                        + translation.clauseId() + "\" in " + translation.language() + ", not of \"" + id
                        + "\" in " + language + " as its place says")), folder.root());
            }
            return disk.withTranslation(translation);
        }
        return disk.withThreads(id, ProjectReader.readThreads(file, id));
    }

    /** Whether every clause the outline names is there (a checkout may write the outline before the clauses). */
    private boolean outlineComplete(Project disk) {
        for (String id : disk.outline().clauseIds()) {
            if (disk.clause(id).isEmpty()) {
                waiting.put(ProjectPaths.OUTLINE, invalid(Problem.ofFile(ProjectPaths.OUTLINE,
                        "names clause \"" + id + "\", which has no file in clauses/")));
                return false;
            }
        }
        return true;
    }

    private Outcome takeIn(Map<String, Optional<byte[]>> found, Project disk, Project written, CommandStack commands,
                           FileStamps stamps) {
        Project current = commands.current();
        List<TakeInOutsideChange.Part> parts = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        for (String path : new TreeSet<>(found.keySet())) {
            if (ProjectParts.same(written, disk, path)) {
                // other bytes, the same content (another program wrote it its own way): nothing to take in
                stamps.noteRead(path, found.get(path));
                waiting.remove(path);
            } else if (ProjectParts.same(written, current, path)) {
                parts.add(new TakeInOutsideChange.Part(path, p -> ProjectParts.same(p, written, path),
                        p -> reanchored(ProjectParts.copy(p, disk, path), path)));
            } else {
                edited.add(path);
            }
        }
        List<String> takenIn = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        List<String> redoEnded = new ArrayList<>();
        Project newWritten = written;
        if (!parts.isEmpty()) {
            CommandStack.Outside done = commands.executeAsSaved(new TakeInOutsideChange(parts, "command.takeIn"),
                    OutsideChanges::carried);
            done.redoEnded().ifPresent(redoEnded::add);
            Project after = done.state();
            for (TakeInOutsideChange.Part part : parts) {
                String path = part.path();
                if (ProjectParts.same(after, disk, path)) {
                    stamps.noteRead(path, found.get(path));
                    newWritten = ProjectParts.copy(newWritten, disk, path);
                    waiting.remove(path);
                    takenIn.add(path);
                } else {
                    // typed into in the moment between looking and taking in: merged at the next look
                    edited.add(path);
                }
            }
            if (commands.saved() == after) {
                newWritten = asSaved(after, newWritten, takenIn, commands);
            }
        }
        if (!edited.isEmpty()) {
            newWritten = merge(edited, found, disk, newWritten, commands, stamps, merged, redoEnded);
        }
        return new Outcome(newWritten, takenIn, merged, waiting(), redoEnded.stream().findFirst());
    }

    /**
     * A step waiting to be redone with the change {@code from} → {@code to} in it, file by file: empty when the step
     * changes a part the change changed (redoing it would put back what came in's part as the window had it).
     */
    static Optional<CommandStack.States> carried(Project from, Project to, CommandStack.States step) {
        Project before = step.before();
        Project after = step.after();
        for (String path : ProjectParts.all(from, to)) {
            if (ProjectParts.same(from, to, path)) {
                continue;
            }
            if (!ProjectParts.same(step.before(), step.after(), path)) {
                return Optional.empty();
            }
            before = ProjectParts.copy(before, to, path);
            after = ProjectParts.copy(after, to, path);
        }
        return Optional.of(new CommandStack.States(before, after));
    }

    /**
     * Parts changed on disk and in the window both: the three-way merge (base what was last read, ours the window's,
     * theirs the disk's) makes them one draft, the same words changed differently becoming a bracket with both
     * wordings. A merge that leaves a choice that is not text (both changed a heading) is not applied: the parts wait,
     * both versions kept, until that choice can be shown.
     */
    private Project merge(List<String> edited, Map<String, Optional<byte[]>> found, Project disk, Project written,
                          CommandStack commands, FileStamps stamps, List<String> mergedPaths,
                          List<String> redoEnded) {
        Project ours = commands.current();
        Project theirs = written;
        for (String path : edited) {
            theirs = ProjectParts.copy(theirs, disk, path);
        }
        // made at this site alone: its threads are dated now, when the member's and the folder's words met
        MergeOutcome outcome = ProjectMerge.merge(written, ours, theirs, new MergeSide(member, "", "this window"),
                new MergeSide(OUTSIDE_AUTHOR, "", "the project folder"), java.time.Instant.now());
        if (!outcome.conflicts().isEmpty()) {
            edited.forEach(path -> waiting.put(path, new OutsideChange(path, OutsideChange.Kind.CONFLICT, "")));
            return written;
        }
        Project merged = outcome.merged();
        List<TakeInOutsideChange.Part> parts = new ArrayList<>();
        for (String path : ProjectParts.all(merged, ours)) {
            if (!ProjectParts.same(merged, ours, path)) {
                parts.add(new TakeInOutsideChange.Part(path, p -> ProjectParts.same(p, ours, path),
                        p -> ProjectParts.copy(p, merged, path)));
            }
        }
        CommandStack.Outside done = commands.executeOutside(new TakeInOutsideChange(parts, "command.mergeOutside"),
                OutsideChanges::carried);
        done.redoEnded().ifPresent(redoEnded::add);
        Project after = done.state();
        Project result = written;
        for (String path : edited) {
            boolean applied = parts.stream().filter(part -> part.path().equals(path)).findFirst()
                    .map(part -> ProjectParts.same(after, merged, path)).orElse(true);
            if (applied) {
                // the disk's version is now the base: the merged draft is saved over it like any edit
                stamps.noteRead(path, found.get(path));
                result = ProjectParts.copy(result, disk, path);
                waiting.remove(path);
                mergedPaths.add(path);
            } else {
                waiting.put(path, new OutsideChange(path, OutsideChange.Kind.CONFLICT, ""));
            }
        }
        return result;
    }

    /**
     * The state the folder holds after a take-in into a saved project: the state itself, unless anchors were found
     * again in the clauses' new text; then those threads are still to be written, and the project is not saved.
     */
    private static Project asSaved(Project after, Project written, List<String> takenIn, CommandStack commands) {
        for (String path : takenIn) {
            String threads = ProjectParts.clauseId(path).map(ProjectPaths::annotations).orElse(null);
            if (threads != null && !ProjectParts.same(after, written, threads)) {
                commands.markSaved(written);
                return written;
            }
        }
        return after;
    }

    /** A clause taken in with new text: its threads are anchored to that text, as on opening. */
    private static Project reanchored(Project project, String path) {
        if (!ProjectParts.isClauseFile(path)) {
            return project;
        }
        String id = ProjectParts.clauseId(path).orElseThrow();
        List<AnnotationThread> threads = project.threadsOf(id);
        Clause clause = project.clause(id).orElse(null);
        if (clause == null || threads.isEmpty()) {
            return project;
        }
        Reanchoring r = AnchorRelocator.relocateAll(null, clause.text(), threads);
        return r.changedAny() ? project.withThreads(id, r.threads()) : project;
    }

    private static OutsideChange invalid(Problem problem) {
        String where = problem.toString().substring(problem.path().length());
        return new OutsideChange(problem.path(), OutsideChange.Kind.INVALID, where.startsWith(":") ? where.substring(1)
                .strip() : where);
    }
}
