package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/** Creating projects. */
public final class Projects {
    private Projects() {
    }

    /** A new empty project in {@code dir}, with a first version recording its creation. */
    public static Project create(Path dir, String title, String author)
            throws IOException, HistoryException, ProjectFileException {
        String id = Ids.unique("", title, Set.of());
        Project project = Project.empty(ProjectInfo.titled(id, title));
        NewProjectFolder.create(dir, folder -> {
            new ProjectWriter(new ProjectFolder(folder)).writeAll(project);
            try (VersionHistory history = VersionHistory.open(folder)) {
                history.record("Project created", "New project \"" + title + "\".", author, Instant.now());
            }
        });
        return project;
    }
}
