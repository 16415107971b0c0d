package org.clausewright.command;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;

/**
 * Puts a suggestion's replacement in place of the words it was anchored to, re-finds the other threads'
 * anchors and resolves the suggestion: one undo step. A detached suggestion cannot be accepted, since it is
 * not known which words it would replace.
 */
public record AcceptSuggestion(String clauseId, String threadId, Resolution resolution) implements Command {
    @Override
    public String name() {
        return "command.acceptSuggestion";
    }

    @Override
    public Project apply(Project project) {
        Clause clause = Clauses.require(project, clauseId);
        AnnotationThread thread = Clauses.requireThread(project, clauseId, threadId);
        if (thread.kind() != AnnotationKind.SUGGESTION) {
            throw new IllegalArgumentException("thread " + threadId + " is a " + thread.kind().key()
                    + ", not a suggestion");
        }
        TextAnchor anchor = thread.anchor();
        if (thread.detached() || !anchor.matchesAt(clause.text())) {
            throw new IllegalArgumentException("the suggestion's words are no longer in the clause: re-attach it first");
        }
        String text = clause.text().substring(0, anchor.start()) + thread.replacement()
                + clause.text().substring(anchor.end());
        Project edited = new EditText(clauseId, text).apply(project);
        int end = anchor.start() + thread.replacement().length();
        TextAnchor accepted = TextAnchor.of(text, anchor.start(), end);
        return Clauses.mapThread(edited, clauseId, threadId, t -> t.reanchored(accepted, false).resolved(resolution));
    }
}
