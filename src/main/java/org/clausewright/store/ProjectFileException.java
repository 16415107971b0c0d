package org.clausewright.store;

import java.util.List;

/** A project that cannot be read or written as it is; the message names each file and what is wrong. */
public class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ProjectFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.get(0) + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ")";
    }
}
