package org.clausewright.store;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.DraftTitles;
import org.clausewright.model.Framework;
import org.clausewright.model.Project;
import org.clausewright.model.Translation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a project to its folder, touching only the files whose content changed. Comparing the states
 * before and after an edit is cheap because unchanged clauses are the same objects in both.
 *
 * <p>Every file is encoded, and every text checked against the shared limit, before the first one is
 * written: a save that is refused changes nothing on disk. Files are then written in an order that keeps
 * the folder readable if the writing stops half way (a crash, a full disk): new clause and annotation files
 * first, then the files that refer to them (project.json, outline.json, unplaced.json), and deletions last.
 * The outline therefore never names a clause whose file is not there yet.
 */
public final class ProjectWriter {
    private final ProjectFolder folder;
    private final FileStamps stamps;

    /** A writer for a folder nobody else writes yet (a new project, the benchmark's): nothing is checked. */
    public ProjectWriter(ProjectFolder folder) {
        this(folder, null);
    }

    /**
     * A writer that never overwrites what it did not read: before each file is written or deleted, the disk
     * must still hold what {@code stamps} says was last read or written there; a file another program changed
     * meanwhile is left as it is and named in an {@link OutsideChangeException} once the others are written.
     */
    public ProjectWriter(ProjectFolder folder, FileStamps stamps) {
        this.folder = folder;
        this.stamps = stamps;
    }

    /** Writes every file of {@code project} and removes clause and annotation files it does not have. */
    public void writeAll(Project project) throws IOException {
        Changes changes = new Changes();
        for (Clause clause : project.clauses().values()) {
            changes.clause(clause);
        }
        for (Map.Entry<String, List<AnnotationThread>> entry : project.threads().entrySet()) {
            changes.threads(entry.getKey(), entry.getValue(), project);
        }
        for (Translation t : (Iterable<Translation>) project.translations().all()::iterator) {
            changes.translation(t);
        }
        for (DraftTitles t : project.translations().allTitles().values()) {
            changes.titles(t);
        }
        for (Framework fw : project.frameworks().values()) {
            changes.framework(fw);
        }
        changes.info(project);
        changes.outline(project);
        changes.unplaced(project);
        changes.apply(folder, stamps);
        removeStray(ProjectPaths.FRAMEWORKS, project.frameworks().keySet());
        removeStray(ProjectPaths.CLAUSES, project.clauses().keySet());
        removeStray(ProjectPaths.ANNOTATIONS, project.threads().keySet());
        for (String language : project.info().languages().targets()) {
            removeStray(ProjectPaths.translations(language), project.translations().in(language).keySet());
        }
    }

    /**
     * Writes what differs between {@code before} (what the folder holds) and {@code after}; returns how many files
     * were touched. Throws {@link OutsideChangeException}, after writing the rest, when files were changed on disk.
     */
    public int save(Project before, Project after) throws IOException {
        Changes changes = new Changes();
        for (Clause clause : after.clauses().values()) {
            Clause old = before.clauses().get(clause.id());
            if (old != clause && !clause.equals(old)) {
                changes.clause(clause);
            }
        }
        Set<String> ids = new HashSet<>(before.threads().keySet());
        ids.addAll(after.threads().keySet());
        for (String id : ids) {
            List<AnnotationThread> old = before.threads().get(id);
            List<AnnotationThread> now = after.threads().get(id);
            if (old != now && !Objects.equals(old, now)) {
                changes.threads(id, now == null ? List.of() : now, after);
            }
        }
        if (!before.translations().equals(after.translations())) {
            translations(before, after, changes);
        }
        if (!before.frameworks().equals(after.frameworks())) {
            frameworks(before, after, changes);
        }
        if (!before.info().equals(after.info())) {
            changes.info(after);
        }
        if (!before.outline().equals(after.outline())) {
            changes.outline(after);
        }
        if (!before.unplaced().equals(after.unplaced())) {
            changes.unplaced(after);
        }
        for (String id : before.clauses().keySet()) {
            if (!after.clauses().containsKey(id)) {
                changes.deleteLast(ProjectPaths.clause(id));
            }
        }
        return changes.apply(folder, stamps);
    }

    // written like clauses, before project.json that names their language; removed ones deleted last
    private static void translations(Project before, Project after, Changes changes) throws TextTooLongException {
        Set<String> languages = new HashSet<>(before.translations().languages());
        languages.addAll(after.translations().languages());
        for (String language : languages) {
            Map<String, Translation> old = before.translations().in(language);
            Map<String, Translation> now = after.translations().in(language);
            for (Translation t : now.values()) {
                Translation was = old.get(t.clauseId());
                if (was != t && !t.equals(was)) {
                    changes.translation(t);
                }
            }
            for (String id : old.keySet()) {
                if (!now.containsKey(id)) {
                    changes.deleteLast(ProjectPaths.translation(language, id));
                }
            }
        }
        Set<String> titled = new HashSet<>(before.translations().allTitles().keySet());
        titled.addAll(after.translations().allTitles().keySet());
        for (String language : titled) {
            DraftTitles old = before.translations().allTitles().get(language);
            DraftTitles now = after.translations().allTitles().get(language);
            if (now == null) {
                changes.deleteLast(ProjectPaths.titles(language));
            } else if (!now.equals(old)) {
                changes.titles(now);
            }
        }
    }

    // written before the clauses that name them are; a framework removed is deleted last, its addresses kept
    private static void frameworks(Project before, Project after, Changes changes) throws TextTooLongException {
        for (Framework fw : after.frameworks().values()) {
            if (!fw.equals(before.frameworks().get(fw.id()))) {
                changes.framework(fw);
            }
        }
        for (String id : before.frameworks().keySet()) {
            if (!after.frameworks().containsKey(id)) {
                changes.deleteLast(ProjectPaths.framework(id));
            }
        }
    }

    private void removeStray(String dir, Set<String> keep) throws IOException {
        for (String path : folder.list(dir)) {
            if (!keep.contains(ProjectPaths.idOf(path))) {
                folder.delete(path);
            }
        }
    }

    /** The bytes a clause is written as, for callers that compare or export files. */
    public static byte[] encode(Clause clause) {
        return ClauseCodec.encode(clause);
    }

    /**
     * The files a save will write (content) or delete (null), in the order they are added, encoded and
     * checked as they are added so that nothing is written until all of them are ready.
     */
    private static final class Changes {
        private final List<String> paths = new ArrayList<>();
        private final List<byte[]> contents = new ArrayList<>();
        private final List<String> deletions = new ArrayList<>();

        void clause(Clause clause) throws TextTooLongException {
            TextLimitCheck.clause(clause);
            add(ProjectPaths.clause(clause.id()), ClauseCodec.encode(clause));
        }

        // Absent while empty, so that a clause without threads has no annotations file.
        void threads(String clauseId, List<AnnotationThread> threads, Project project) throws TextTooLongException {
            TextLimitCheck.threads(clauseId, threads);
            add(ProjectPaths.annotations(clauseId), threads.isEmpty() ? null
                    : AnnotationsCodec.encode(clauseId, threads, project.fileExtras().annotationsOf(clauseId)));
        }

        void translation(Translation t) throws TextTooLongException {
            TextLimitCheck.translation(t);
            add(ProjectPaths.translation(t.language(), t.clauseId()), TranslationCodec.encode(t));
        }

        void titles(DraftTitles t) throws TextTooLongException {
            TextLimitCheck.titles(t);
            add(ProjectPaths.titles(t.language()), DraftTitlesCodec.encode(t));
        }

        void framework(Framework fw) throws TextTooLongException {
            TextLimitCheck.framework(fw);
            add(ProjectPaths.framework(fw.id()), FrameworkCodec.encode(fw));
        }

        void info(Project project) throws TextTooLongException {
            TextLimitCheck.info(project.info());
            add(ProjectPaths.PROJECT, ProjectInfoCodec.encode(project.info()));
        }

        void outline(Project project) throws TextTooLongException {
            TextLimitCheck.outline(project.outline());
            add(ProjectPaths.OUTLINE, OutlineCodec.encode(project.outline()));
        }

        // Absent while empty, like an annotations file, so that projects without reviews have no such file.
        void unplaced(Project project) throws TextTooLongException {
            TextLimitCheck.unplaced(project.unplaced());
            add(ProjectPaths.UNPLACED, project.unplaced().isEmpty() ? null
                    : UnplacedCodec.encode(project.unplaced(), project.fileExtras().unplaced()));
        }

        void deleteLast(String path) {
            deletions.add(path);
        }

        private void add(String path, byte[] content) {
            paths.add(path);
            contents.add(content);
        }

        /**
         * Writes and deletes in order; returns how many files were touched. Each file is checked just before it is
         * written, so that the moment in which another program's write could still be lost is as short as it can be.
         */
        int apply(ProjectFolder folder, FileStamps stamps) throws IOException {
            List<String> refused = new ArrayList<>();
            int touched = 0;
            for (int i = 0; i < paths.size(); i++) {
                touched += put(folder, stamps, paths.get(i), contents.get(i), refused);
            }
            for (String path : deletions) {
                touched += put(folder, stamps, path, null, refused);
            }
            if (!refused.isEmpty()) {
                throw new OutsideChangeException(refused);
            }
            return touched;
        }

        private static int put(ProjectFolder folder, FileStamps stamps, String path, byte[] content,
                               List<String> refused) throws IOException {
            if (stamps != null && !onDiskAsRead(folder, stamps, path)) {
                refused.add(path);
                return 0;
            }
            if (content == null) {
                folder.delete(path);
            } else {
                folder.write(path, content);
            }
            if (stamps != null) {
                stamps.noteWritten(path, Optional.ofNullable(content));
            }
            return 1;
        }

        // a link or a folder put where the file was is another program's doing too, and is not written through
        private static boolean onDiskAsRead(ProjectFolder folder, FileStamps stamps, String path) throws IOException {
            try {
                return stamps.matches(path, folder.read(path));
            } catch (NotAPlainFileException e) {
                return false;
            }
        }
    }
}
