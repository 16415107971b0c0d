package org.clausewright.command;

import org.clausewright.model.Project;
import org.clausewright.model.Reply;

public record ReplyToThread(String clauseId, String threadId, Reply reply) implements Command {
    @Override
    public String name() {
        return "command.reply";
    }

    @Override
    public Project apply(Project project) {
        return Clauses.mapThread(project, clauseId, threadId, t -> t.withReply(reply));
    }
}
