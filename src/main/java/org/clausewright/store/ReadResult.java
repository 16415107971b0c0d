package org.clausewright.store;

import org.clausewright.model.Project;

import java.util.List;

/**
 * A project as read, with every problem found on the way. {@code project} is null only when project.json
 * or outline.json could not be read at all; otherwise it holds everything that could be read.
 */
public record ReadResult(Project project, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return project != null && problems.isEmpty();
    }

    /** The project, or an exception listing what is wrong. */
    public Project orThrow() throws ProjectFileException {
        if (!isValid()) {
            throw new ProjectFileException(problems);
        }
        return project;
    }
}
