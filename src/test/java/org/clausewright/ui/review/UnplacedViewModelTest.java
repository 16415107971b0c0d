package org.clausewright.ui.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.UnplacedThread;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnplacedViewModelTest {
    private static final String CONTEXT = "Scientists should take every step to avoid harm. Covering note.";
    @TempDir
    Path temp;
    private SampleDocument sample;
    private UnplacedViewModel unplaced;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        AnnotationThread onWords = AnnotationThread.open("t-words", TextAnchor.of(CONTEXT, 0, 17),
                AnnotationKind.COMMENT, "Ingrid Solberg", Instant.parse("2026-01-05T10:00:00Z"), "Must?");
        AnnotationThread onNote = AnnotationThread.open("t-note", TextAnchor.of(CONTEXT, CONTEXT.indexOf("Covering"), CONTEXT.indexOf("Covering") + 13),
                AnnotationKind.COMMENT, "Ingrid Solberg", Instant.parse("2026-01-05T10:01:00Z"), "Circulate it.");
        Project p = sample.document.project();
        sample.session.update(p.withUnplaced(List.of(new UnplacedThread("review.docx", CONTEXT, onWords),
                new UnplacedThread("review.docx", CONTEXT, onNote))));
        unplaced = new UnplacedViewModel(sample.document);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void theListShowsEachWithItsContextAndAuthor() {
        assertThat(unplaced.countProperty().get()).isEqualTo(2);
        assertThat(unplaced.rowsProperty().get()).first().satisfies(r -> {
            assertThat(r.header()).isEqualTo("Comment · Ingrid Solberg · from review.docx");
            assertThat(r.context()).isEqualTo("Written on: “" + CONTEXT + "”");
            assertThat(r.body()).isEqualTo("Must?");
        });
    }

    @Test
    void attachingPutsTheThreadOnTheSelectedClauseOnItsWordsAndUndoes() {
        String harm = sample.clause("1.2.1");
        assertThat(sample.document.project().clause(harm).orElseThrow().text()).contains("Scientists should");
        assertThat(unplaced.attach("t-words")).isFalse();
        sample.document.selectedClauseIdProperty().set(harm);
        assertThat(unplaced.attach("t-words")).isTrue();

        AnnotationThread placed = sample.document.project().threadsOf(harm).stream()
                .filter(t -> t.id().equals("t-words")).findFirst().orElseThrow();
        assertThat(placed.anchor().quote()).isEqualTo("Scientists should");
        assertThat(placed.detached()).isFalse();
        assertThat(unplaced.countProperty().get()).isEqualTo(1);
        assertThat(sample.document.selectedThreadIdProperty().get()).isEqualTo("t-words");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Attach unplaced comment");

        sample.document.undo();
        assertThat(unplaced.countProperty().get()).isEqualTo(2);
        assertThat(sample.document.project().threadsOf(harm)).noneMatch(t -> t.id().equals("t-words"));
    }

    @Test
    void wordsTheClauseDoesNotHaveLeaveTheThreadDetachedWithThoseWords() {
        String harm = sample.clause("1.2.1");
        sample.document.selectedClauseIdProperty().set(harm);
        unplaced.attach("t-note");
        AnnotationThread placed = sample.document.project().threadsOf(harm).stream()
                .filter(t -> t.id().equals("t-note")).findFirst().orElseThrow();
        assertThat(placed.detached()).isTrue();
        assertThat(placed.anchor().quote()).isEqualTo("Covering note");
    }
}
