package org.clausewright.app;

import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Reanchoring;

import java.util.List;
import java.util.Map;

/** Finds annotation anchors again when clause text changed without Clausewright knowing (a hand edit, a merge). */
public final class Anchors {
    private Anchors() {
    }

    /** The project with every anchor checked against its clause's text; the same object when nothing moved. */
    public static Project refind(Project project) {
        Project result = project;
        for (Map.Entry<String, List<AnnotationThread>> entry : project.threads().entrySet()) {
            Clause clause = project.clause(entry.getKey()).orElse(null);
            if (clause == null) {
                continue;
            }
            Reanchoring r = AnchorRelocator.relocateAll(null, clause.text(), entry.getValue());
            if (r.changedAny()) {
                result = result.withThreads(clause.id(), r.threads());
            }
        }
        return result;
    }
}
