package org.clausewright.command;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.ReviewDecisions;

import java.time.Instant;

/** Turns down a suggestion: it is resolved with a "Rejected." reply and the clause keeps its words. */
public record RejectSuggestion(String clauseId, String threadId, String member, Instant at) implements Command {
    @Override
    public String name() {
        return "command.rejectSuggestion";
    }

    @Override
    public Project apply(Project project) {
        AnnotationThread thread = Clauses.requireThread(project, clauseId, threadId);
        // ReviewDecisions would resolve any thread; only a suggestion has something to reject
        if (thread.kind() != AnnotationKind.SUGGESTION) {
            throw new IllegalArgumentException("thread " + threadId + " is a " + thread.kind().key()
                    + ", not a suggestion");
        }
        if (!thread.isOpen()) {
            throw new IllegalArgumentException("the suggestion is already resolved");
        }
        return ReviewDecisions.reject(project, clauseId, threadId, member, at);
    }
}
