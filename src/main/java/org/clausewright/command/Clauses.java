package org.clausewright.command;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.Clause;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Look-ups shared by the commands, failing with a message that names what is missing. */
final class Clauses {
    private Clauses() {
    }

    static Clause require(Project project, String clauseId) {
        return project.clause(clauseId).orElseThrow(() -> new IllegalArgumentException("no clause " + clauseId));
    }

    static Project mapThread(Project project, String clauseId, String threadId,
                             UnaryOperator<AnnotationThread> change) {
        List<AnnotationThread> threads = new ArrayList<>(project.threadsOf(clauseId));
        for (int i = 0; i < threads.size(); i++) {
            if (threads.get(i).id().equals(threadId)) {
                threads.set(i, change.apply(threads.get(i)));
                return project.withThreads(clauseId, threads);
            }
        }
        throw new IllegalArgumentException("clause " + clauseId + " has no thread " + threadId);
    }

    static AnnotationThread requireThread(Project project, String clauseId, String threadId) {
        return project.threadsOf(clauseId).stream().filter(t -> t.id().equals(threadId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("clause " + clauseId + " has no thread " + threadId));
    }

    /**
     * The open brackets of {@code source} for a copy named {@code copyId}: the same options and attribution under
     * ids of the copy's own (a bracket is one passage of one clause); what was cleaned belongs to the original.
     */
    static List<Bracket> openBracketsRenamed(Clause source, String copyId) {
        return source.brackets().stream().filter(Bracket::isOpen)
                .map(b -> new Bracket(Ids.derived("b-", copyId + '\u0000' + b.id()), b.state(),
                        b.options(), b.chosen(), b.extras()))
                .toList();
    }
}
