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
            return List.of(Problem.ofFile(dir.toString(), "is not a folder"));
        }
        return ProjectReader.read(new ProjectFolder(dir)).all();
    }
}
