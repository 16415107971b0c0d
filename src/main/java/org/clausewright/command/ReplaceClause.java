package org.clausewright.command;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.util.List;
import java.util.Objects;

/**
 * Puts one clause and its threads back as a version had them, leaving every other clause as it is now —
 * so that what a member types elsewhere while a restore runs is kept.
 */
public record ReplaceClause(Clause clause, List<AnnotationThread> threads, String name) implements Command {
    public ReplaceClause {
        Objects.requireNonNull(clause, "clause");
        threads = List.copyOf(threads);
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Project apply(Project project) {
        return project.withClause(clause).withThreads(clause.id(), threads);
    }
}
