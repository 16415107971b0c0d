package org.clausewright.command;

import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;

/** Points a thread (typically a detached one) at words the member selected. */
public record ReattachThread(String clauseId, String threadId, int start, int end) implements Command {
    @Override
    public String name() {
        return "command.reattach";
    }

    @Override
    public Project apply(Project project) {
        String text = Clauses.require(project, clauseId).text();
        TextAnchor anchor = TextAnchor.of(text, start, end);
        return Clauses.mapThread(project, clauseId, threadId, t -> t.reanchored(anchor, false));
    }
}
