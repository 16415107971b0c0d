package org.clausewright.store;

import org.clausewright.model.Project;

import java.nio.file.Path;
import java.util.List;

/**
 * A project as read, with every problem found on the way. {@code project} is null only when project.json
 * or outline.json could not be read at all; otherwise it holds everything that could be read.
 *
 * @param problems what stops the project from being used as it is (it is not opened or recorded)
 * @param warnings names that point nowhere (an unknown category, source or alternative): the project opens,
 *                 records and exports; `validate` prints them as warnings
 * @param folder   the folder the files were read from, or null for a recorded version: a refusal names the file
 *                 in full
 * @param kept     of the warnings, the keys and values a newer Clausewright wrote that this one does not know: kept
 *                 and written back as they are, and worth telling a member once when the project opens
 */
public record ReadResult(Project project, List<Problem> problems, List<Problem> warnings, Path folder,
                         List<Problem> kept) {
    public ReadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        kept = List.copyOf(kept);
    }

    public ReadResult(Project project, List<Problem> problems, List<Problem> warnings, Path folder) {
        this(project, problems, warnings, folder, List.of());
    }

    public ReadResult(Project project, List<Problem> problems, List<Problem> warnings) {
        this(project, problems, warnings, null);
    }

    public ReadResult(Project project, List<Problem> problems) {
        this(project, problems, List.of());
    }

    public boolean isValid() {
        return project != null && problems.isEmpty();
    }

    /** The project, or an exception listing what is wrong. */
    public Project orThrow() throws ProjectFileException {
        if (!isValid()) {
            throw new ProjectFileException(problems, folder);
        }
        return project;
    }
}
