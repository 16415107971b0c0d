package org.clausewright.store;

import java.nio.file.Path;
import java.util.List;

/** A project that cannot be read or written as it is; the message names each file and what is wrong. */
public class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ProjectFileException(List<Problem> problems) {
        this(problems, null);
    }

    /** @param folder the project folder, so that the message names the file in full; null for a recorded version */
    public ProjectFileException(List<Problem> problems, Path folder) {
        super(summary(problems, folder));
        this.problems = List.copyOf(problems);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems, Path folder) {
        String first = folder == null ? problems.get(0).toString() : problems.get(0).in(folder);
        if (problems.size() == 1) {
            return first;
        }
        return first + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ")";
    }
}
