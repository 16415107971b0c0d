package org.clausewright.store;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a project to its folder, touching only the files whose content changed. Comparing the states
 * before and after an edit is cheap because unchanged clauses are the same objects in both.
 *
 * <p>Files are written in an order that keeps the folder readable if the writing stops half way (a crash,
 * a full disk): new clause and annotation files first, then the files that refer to them (project.json,
 * outline.json, unplaced.json), and deletions last. The outline therefore never names a clause whose
 * file is not there yet.
 */
public final class ProjectWriter {
    private final ProjectFolder folder;

    public ProjectWriter(ProjectFolder folder) {
        this.folder = folder;
    }

    /** Writes every file of {@code project} and removes clause and annotation files it does not have. */
    public void writeAll(Project project) throws IOException {
        for (Clause clause : project.clauses().values()) {
            folder.write(ProjectPaths.clause(clause.id()), ClauseCodec.encode(clause));
        }
        for (Map.Entry<String, List<AnnotationThread>> entry : project.threads().entrySet()) {
            writeThreads(entry.getKey(), entry.getValue());
        }
        folder.write(ProjectPaths.PROJECT, ProjectInfoCodec.encode(project.info()));
        folder.write(ProjectPaths.OUTLINE, OutlineCodec.encode(project.outline()));
        writeUnplaced(project);
        removeStray(ProjectPaths.CLAUSES, project.clauses().keySet());
        removeStray(ProjectPaths.ANNOTATIONS, project.threads().keySet());
    }

    /** Writes what differs between {@code before} (what the folder holds) and {@code after}. */
    public int save(Project before, Project after) throws IOException {
        int written = writeClauses(before.clauses(), after.clauses());
        written += saveThreads(before.threads(), after.threads());
        if (!before.info().equals(after.info())) {
            folder.write(ProjectPaths.PROJECT, ProjectInfoCodec.encode(after.info()));
            written++;
        }
        if (!before.outline().equals(after.outline())) {
            folder.write(ProjectPaths.OUTLINE, OutlineCodec.encode(after.outline()));
            written++;
        }
        if (!before.unplaced().equals(after.unplaced())) {
            writeUnplaced(after);
            written++;
        }
        return written + deleteClauses(before.clauses(), after.clauses());
    }

    // Absent while empty, like an annotations file, so that projects without reviews have no such file.
    private void writeUnplaced(Project project) throws IOException {
        if (project.unplaced().isEmpty()) {
            folder.delete(ProjectPaths.UNPLACED);
        } else {
            folder.write(ProjectPaths.UNPLACED, UnplacedCodec.encode(project.unplaced()));
        }
    }

    private int writeClauses(Map<String, Clause> before, Map<String, Clause> after) throws IOException {
        int written = 0;
        for (Clause clause : after.values()) {
            Clause old = before.get(clause.id());
            if (old != clause && !clause.equals(old)) {
                folder.write(ProjectPaths.clause(clause.id()), ClauseCodec.encode(clause));
                written++;
            }
        }
        return written;
    }

    private int deleteClauses(Map<String, Clause> before, Map<String, Clause> after) throws IOException {
        int written = 0;
        for (String id : before.keySet()) {
            if (!after.containsKey(id)) {
                folder.delete(ProjectPaths.clause(id));
                written++;
            }
        }
        return written;
    }

    private int saveThreads(Map<String, List<AnnotationThread>> before, Map<String, List<AnnotationThread>> after)
            throws IOException {
        int written = 0;
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            List<AnnotationThread> old = before.get(id);
            List<AnnotationThread> now = after.get(id);
            if (old != now && !Objects.equals(old, now)) {
                writeThreads(id, now == null ? List.of() : now);
                written++;
            }
        }
        return written;
    }

    private void writeThreads(String clauseId, List<AnnotationThread> threads) throws IOException {
        if (threads.isEmpty()) {
            folder.delete(ProjectPaths.annotations(clauseId));
        } else {
            folder.write(ProjectPaths.annotations(clauseId), AnnotationsCodec.encode(clauseId, threads));
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
}
