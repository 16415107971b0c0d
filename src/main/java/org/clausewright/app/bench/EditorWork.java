package org.clausewright.app.bench;

import org.clausewright.diff.DraftComparator;
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
 * Work done in memory while a member waits, timed by the benchmark rather than by tests (whose machines
 * differ in speed): comparing two whole drafts, and re-finding a clause's thread anchors after a keystroke.
 */
final class EditorWork {
    private EditorWork() {
    }

    /** The project with every tenth clause reworded: a comparison the history view makes between versions. */
    static Project reworded(Project project) {
        Project after = project;
        int i = 0;
        for (Clause clause : project.clauses().values()) {
            if (i++ % 10 == 0) {
                after = after.withClause(clause.withText(clause.text() + " Institutions should audit this."));
            }
        }
        return after;
    }

    static Runnable compare(Project before, Project after) {
        return () -> DraftComparator.compare(before, after);
    }

    /** One character typed in the middle of a 5,000-character clause with 20 threads anchored in it. */
    static Runnable keystroke() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 5_000) {
            sb.append("Clause ").append(sb.length()).append(": scientists weigh the risks of their work. ");
        }
        String text = sb.substring(0, 5_000);
        List<AnnotationThread> threads = new ArrayList<>();
        Instant at = Instant.parse("2026-01-05T10:00:00Z");
        for (int i = 0; i < 20; i++) {
            int start = 100 + i * 240;
            threads.add(AnnotationThread.open("t-" + i, TextAnchor.of(text, start, start + 40), AnnotationKind.COMMENT,
                    "Li Wei", at, "note"));
        }
        String typed = text.substring(0, 2_590) + "x" + text.substring(2_590);
        return () -> AnchorRelocator.relocateAll(text, typed, threads);
    }
}
