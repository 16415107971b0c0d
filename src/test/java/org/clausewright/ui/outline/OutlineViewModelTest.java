package org.clausewright.ui.outline;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Resolution;
import org.clausewright.model.TextAnchor;
import org.clausewright.ui.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The outline's rows follow every edit, though typing that changes no row leaves the tree alone. */
class OutlineViewModelTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final OutlineViewModel outline = new OutlineViewModel(new Messages(Locale.ENGLISH));
    private final String id = SyntheticProject.clauseId(3);

    @Test
    void typingInAClauseLeavesTheRowsAlone() {
        Project project = new SyntheticProject(2L).generate(2, 30, 20);
        outline.show(project);
        List<OutlineNode> before = outline.partsProperty().get();
        Clause clause = project.clause(id).orElseThrow();
        outline.show(project.withClause(clause.withText(clause.text() + " more words")));
        assertThat(outline.partsProperty().get()).isSameAs(before);
    }

    @Test
    void aNewHeadingOrStatusOrThreadReachesItsRow() {
        Project project = new SyntheticProject(2L).generate(2, 30, 20);
        outline.show(project);
        Clause clause = project.clause(id).orElseThrow();
        project = project.withClause(clause.withText(clause.text() + "x"));
        outline.show(project);
        project = project.withClause(project.clause(id).orElseThrow().withHeading("Duty to report"));
        outline.show(project);
        assertThat(outline.find(id).orElseThrow().title()).isEqualTo("Duty to report");

        List<AnnotationThread> threads = new ArrayList<>(project.threadsOf(id));
        int open = (int) threads.stream().filter(AnnotationThread::isOpen).count();
        threads.add(AnnotationThread.open("t-new", TextAnchor.of(clause.text(), 0, 4), AnnotationKind.COMMENT, "Ana",
                AT, "Why?"));
        project = project.withThreads(id, threads);
        outline.show(project);
        assertThat(outline.find(id).orElseThrow().openThreads()).isEqualTo(open + 1);

        threads.set(threads.size() - 1, threads.get(threads.size() - 1).resolved(new Resolution("Ana", AT)));
        outline.show(project.withThreads(id, threads));
        assertThat(outline.find(id).orElseThrow().openThreads()).isEqualTo(open);
    }

    @Test
    void aLibraryClauseEditedChangesNoRow() {
        Project project = new SyntheticProject(2L).generate(2, 30, 20)
                .withClause(Clause.of("c-lib", "Library clause", "Outside the draft."));
        outline.show(project);
        List<OutlineNode> before = outline.partsProperty().get();
        outline.show(project.withClause(project.clause("c-lib").orElseThrow().withHeading("Renamed")));
        assertThat(outline.partsProperty().get()).isSameAs(before);
        assertThat(outline.find("c-lib")).isEmpty();
    }
}
