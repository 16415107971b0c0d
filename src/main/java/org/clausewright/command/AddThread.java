package org.clausewright.command;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Opens a comment, question, objection or suggestion on a clause. */
public record AddThread(String clauseId, AnnotationThread thread) implements Command {
    @Override
    public String name() {
        return "command.addThread." + thread.kind().key();
    }

    @Override
    public Project apply(Project project) {
        Clauses.require(project, clauseId);
        List<AnnotationThread> threads = new ArrayList<>(project.threadsOf(clauseId));
        threads.add(thread);
        return project.withThreads(clauseId, threads);
    }
}
