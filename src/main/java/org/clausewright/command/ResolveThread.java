package org.clausewright.command;

import org.clausewright.model.Project;
import org.clausewright.model.Resolution;

/** Resolves a thread, or reopens it when {@code resolution} is null. */
public record ResolveThread(String clauseId, String threadId, Resolution resolution) implements Command {
    public static ResolveThread reopen(String clauseId, String threadId) {
        return new ResolveThread(clauseId, threadId, null);
    }

    @Override
    public String name() {
        return resolution == null ? "command.reopen" : "command.resolve";
    }

    @Override
    public Project apply(Project project) {
        return Clauses.mapThread(project, clauseId, threadId, t -> t.resolved(resolution));
    }
}
