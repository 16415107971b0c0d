package org.clausewright.command;

import org.clausewright.model.Project;
import org.clausewright.model.ReviewDecisions;

/**
 * Moves a thread that a review could not place onto a clause. The thread is named by its id, not by its
 * place in the unplaced list, because an undo or another attach can shift the list under a stale index.
 */
public record AttachUnplaced(String threadId, String clauseId) implements Command {
    @Override
    public String name() {
        return "command.attachUnplaced";
    }

    @Override
    public Project apply(Project project) {
        var unplaced = project.unplaced();
        for (int i = 0; i < unplaced.size(); i++) {
            if (unplaced.get(i).thread().id().equals(threadId)) {
                return ReviewDecisions.attach(project, i, clauseId);
            }
        }
        throw new IllegalArgumentException("there is no unplaced thread " + threadId + " (already attached?)");
    }
}
