package org.clausewright.app;

import org.clausewright.model.Project;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectLock;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One open project: its current state, the state its folder holds, and the lock that says who has it
 * open. A member who finds the project held by someone else gets it read-only, told who holds it.
 */
public final class ProjectSession implements AutoCloseable {
    private final ProjectFolder folder;
    private final ProjectLock lock;
    private final ProjectLock.Holder heldBy;
    private Project saved;
    private Project current;

    private ProjectSession(ProjectFolder folder, Project project, ProjectLock lock, ProjectLock.Holder heldBy) {
        this.folder = folder;
        this.saved = project;
        this.current = project;
        this.lock = lock;
        this.heldBy = heldBy;
    }

    /** Opens the project for {@code member}; a project with problems is refused with all of them listed. */
    public static ProjectSession open(Path dir, String member) throws IOException, ProjectFileException {
        ProjectFolder folder = new ProjectFolder(dir);
        Project project = ProjectReader.read(folder).orThrow();
        ProjectLock.Outcome outcome = ProjectLock.acquire(folder.root(), member);
        ProjectSession session = new ProjectSession(folder, project, outcome.lock(), outcome.heldBy());
        Project reanchored = Anchors.refind(project);
        if (reanchored != project) {
            // the files were edited outside Clausewright: the found anchors are saved with the next change
            session.current = reanchored;
        }
        return session;
    }

    public Path dir() {
        return folder.root();
    }

    public Project project() {
        return current;
    }

    public boolean isReadOnly() {
        return lock == null;
    }

    /** Who holds the project ("Li Wei on lab-pc-3 (since …)") when this session is read-only. */
    public Optional<String> heldBy() {
        return Optional.ofNullable(heldBy).map(ProjectLock.Holder::describe);
    }

    public boolean hasUnsavedChanges() {
        return current != saved;
    }

    /** Replaces the current state; the caller is a command, so that every change can be undone. */
    public void update(Project next) {
        if (isReadOnly()) {
            throw new IllegalStateException("the project is open read-only: " + heldBy.describe()
                    + " has it open");
        }
        current = Objects.requireNonNull(next);
    }

    /** Writes the files that changed since the last save; returns how many. */
    public int save() throws IOException {
        if (isReadOnly() || current == saved) {
            return 0;
        }
        Project target = current;
        int written = new ProjectWriter(folder).save(saved, target);
        saved = target;
        return written;
    }

    /** Re-reads the folder (after a restore or an import wrote it). */
    public void reload() throws IOException, ProjectFileException {
        Project project = ProjectReader.read(folder).orThrow();
        saved = project;
        current = project;
    }

    @Override
    public void close() throws IOException {
        if (lock != null) {
            lock.close();
        }
    }
}
