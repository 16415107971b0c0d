package org.clausewright.ui;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.model.AnchorRelocator;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The window benchmark's project: the synthetic project's 2,000 clauses, its first clause made long (about 2,000
 * characters, as a clause with several sub-items is) and given 50 detached threads quoting 240 characters of other
 * clauses' text, so that each keystroke in it must find out that none of them came back.
 */
final class DetachedThreadsProject {
    static final String DETACHED_ON = SyntheticProject.clauseId(0);
    static final int DETACHED_THREADS = 50;

    private DetachedThreadsProject() {
    }

    static Project of(SyntheticProject generator) {
        return withDetachedThreads(generator.generate(20, 2_000, 5_000));
    }

    private static Project withDetachedThreads(Project project) {
        StringBuilder text = new StringBuilder();
        for (int n = 1; text.length() < 2_000; n++) {
            text.append(text.length() == 0 ? "" : "\n").append(project.clause(SyntheticProject.clauseId(n))
                    .orElseThrow().text());
        }
        List<AnnotationThread> threads = new ArrayList<>(project.threadsOf(DETACHED_ON));
        for (int t = 0; threads.size() < project.threadsOf(DETACHED_ON).size() + DETACHED_THREADS; t++) {
            String other = project.clause(SyntheticProject.clauseId(100 + t)).orElseThrow().text();
            if (other.length() < 260) {
                continue;
            }
            AnnotationThread thread = AnnotationThread.open(String.format("t-detached-%02d", t),
                    TextAnchor.of(other, 10, 250), AnnotationKind.COMMENT, "Bench", Instant.parse("2026-01-01T00:00:00Z"),
                    "About words that were rewritten since.");
            threads.add(thread.reanchored(thread.anchor(), true));
        }
        Clause clause = project.clause(DETACHED_ON).orElseThrow();
        // really detached: not one of them can be found in the long text, not even approximately
        threads.removeIf(t -> t.detached() && !AnchorRelocator.relocate(t.anchor(), text.toString()).isDetached());
        return project.withClause(clause.withText(text.toString())).withThreads(DETACHED_ON, threads);
    }
}
