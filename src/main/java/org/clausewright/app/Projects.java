package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

/** Creating projects. */
public final class Projects {
    private Projects() {
    }

    /** A new empty project in {@code dir}, with a first version recording its creation. */
    public static Project create(Path dir, String title, String author) throws IOException, HistoryException {
        requireEmpty(dir);
        String id = Ids.fromText("", title, Set.of());
        Project project = Project.empty(ProjectInfo.titled(id, title));
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        try (VersionHistory history = VersionHistory.open(dir)) {
            history.record("Project created", "New project \"" + title + "\".", author, Instant.now());
        }
        return project;
    }

    /** Refuses a folder that already has content: creating a project never overwrites anything. */
    static void requireEmpty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IOException(dir + " exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + " is not empty: choose a new folder for the project");
                }
            }
        }
        Files.createDirectories(dir);
    }
}
