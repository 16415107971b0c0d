package org.clausewright.ui;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's counts, kept up to date per edit, read the same as counting the whole draft afresh. */
class DraftCountsTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aKeystrokeChangesOneClauseAndTheOtherStatesDifferInMore() {
        Project project = new SyntheticProject(3L).generate(2, 40, 60);
        String id = SyntheticProject.clauseId(7);
        Clause clause = project.clause(id).orElseThrow();
        Project typed = project.withClause(clause.withText(clause.text() + "x"));
        assertThat(ChangedClauses.between(project, typed)).contains(Set.of(id));
        assertThat(ChangedClauses.between(project, project)).contains(Set.of());
        String bare = project.clauses().keySet().stream().filter(c -> project.threadsOf(c).isEmpty()).findFirst()
                .orElseThrow();
        // a clause that had no threads has one: the thread lists are not the same set any more
        assertThat(ChangedClauses.between(project, typed.withThreads(bare, List.of(thread("t-new", clause.text())))))
                .isEmpty();
        assertThat(ChangedClauses.between(project, project.withClause(Clause.of("c-lib", "Library", "Words.")))).isEmpty();
        assertThat(ChangedClauses.between(null, project)).isEmpty();
        List<Part> parts = new ArrayList<>(project.outline().parts());
        java.util.Collections.reverse(parts);
        assertThat(ChangedClauses.between(project, project.withOutline(project.outline().withParts(parts)))).isEmpty();
    }

    @Test
    void countsKeptPerEditEqualCountsMadeAfresh() {
        Project project = new SyntheticProject(11L).generate(3, 60, 120, 30)
                .withClause(Clause.of("c-lib", "Library clause", "Outside the draft [with a bracket]."));
        DraftCounts kept = new DraftCounts();
        kept.count(project);
        Random random = new Random(5);
        for (int step = 0; step < 400; step++) {
            project = edit(project, random);
            kept.count(project);
            DraftCounts fresh = new DraftCounts();
            fresh.count(project);
            assertThat(List.of(kept.clauses(), kept.openThreads(), kept.openBrackets()))
                    .as("after step %d", step)
                    .isEqualTo(List.of(fresh.clauses(), fresh.openThreads(), fresh.openBrackets()));
        }
    }

    private static Project edit(Project project, Random random) {
        String id = random.nextInt(20) == 0 ? "c-lib" : SyntheticProject.clauseId(random.nextInt(60));
        Clause clause = project.clause(id).orElseThrow();
        List<AnnotationThread> threads = new ArrayList<>(project.threadsOf(id));
        switch (random.nextInt(6)) {
            case 0 -> {
                return project.withClause(clause.withText(clause.text() + " [open"));
            }
            case 1 -> {
                return project.withClause(clause.withText(clause.text().replace("[", "").replace("]", "")));
            }
            case 2 -> threads.add(thread("t-" + random.nextInt(1_000_000), clause.text()));
            case 3 -> {
                if (threads.isEmpty()) {
                    return project;
                }
                int at = random.nextInt(threads.size());
                AnnotationThread t = threads.get(at);
                threads.set(at, t.isOpen() ? t.resolved(new Resolution("Ana", AT)) : t.reopened());
            }
            case 4 -> {
                List<Part> parts = new ArrayList<>(project.outline().parts());
                parts.add(parts.remove(0));
                return project.withOutline(project.outline().withParts(parts));
            }
            default -> {
                return project.withClause(clause.withText(clause.text() + "x"));
            }
        }
        return project.withThreads(id, threads);
    }

    private static AnnotationThread thread(String id, String text) {
        return AnnotationThread.open(id, TextAnchor.of(text, 0, Math.min(5, text.length())), AnnotationKind.COMMENT,
                "Ana", AT, "A note.");
    }
}
