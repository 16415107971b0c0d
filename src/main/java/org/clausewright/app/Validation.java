package org.clausewright.app;

import org.clausewright.store.BracketWarnings;
import org.clausewright.store.Problem;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ReadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a project folder as a whole, without changing it, with the one verdict every command shares:
 * problems stop everything (the project is not opened, recorded, exported or imported into), warnings stop
 * nothing and are only reported.
 */
public final class Validation {
    private Validation() {
    }

    /**
     * @param problems what stops the project from being used as it is
     * @param warnings what is probably a slip but blocks nothing: a category, source or alternative that names
     *                 nothing, an unbalanced bracket in a clause text
     */
    public record Verdict(List<Problem> problems, List<Problem> warnings) {
        public Verdict {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public static Verdict validate(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            // "." is the folder itself, which the command line prints as the path it was given
            return new Verdict(List.of(Problem.ofFile(".", Files.exists(dir) ? "is a file, not a project folder: give"
                    + " the folder that holds project.json" : "does not exist: check the name and the folder")),
                    List.of());
        }
        ProjectFolder folder = new ProjectFolder(dir);
        ReadResult read = ProjectReader.read(folder);
        List<Problem> warnings = new ArrayList<>(read.warnings());
        if (read.project() != null) {
            warnings.addAll(BracketWarnings.of(folder, read.project()));
        }
        warnings.sort(Comparator.comparing(Problem::path).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return new Verdict(read.problems(), warnings);
    }
}
