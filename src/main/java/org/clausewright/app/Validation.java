package org.clausewright.app;

import org.clausewright.store.Problem;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks a project folder as a whole, without changing it. */
public final class Validation {
    private Validation() {
    }

    public static List<Problem> validate(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            // "." is the folder itself, which the command line prints as the path it was given
            return List.of(Problem.ofFile(".", Files.exists(dir) ? "is a file, not a project folder: give the folder"
                    + " that holds project.json" : "does not exist: check the name and the folder"));
        }
        return ProjectReader.read(new ProjectFolder(dir)).all();
    }
}
