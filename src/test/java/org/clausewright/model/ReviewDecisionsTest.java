package org.clausewright.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewDecisionsTest {
    private static final Instant AT = Instant.parse("2026-05-03T10:00:00Z");
    private static final String TEXT = "Scientists should consider whether their work could be misused.";

    private static Project project() {
        Clause c = Clause.of("c", "Awareness", TEXT);
        AnnotationThread suggestion = AnnotationThread.open("t-00000001", TextAnchor.of(TEXT, 11, 17),
                AnnotationKind.SUGGESTION, "Li Wei", AT, "").withReplacement("must");
        AnnotationThread comment = AnnotationThread.open("t-00000002", TextAnchor.of(TEXT, 55, 62),
                AnnotationKind.COMMENT, "Li Wei", AT, "By whom?");
        return new Project(ProjectInfo.titled("p", "P"), new Outline(List.of(new Part("p", "P",
                List.of(new ClauseRef("c"))))), Map.of("c", c), Map.of("c", List.of(suggestion, comment)));
    }

    @Test
    void acceptingPutsTheWordsInResolvesTheThreadAndKeepsOtherAnchors() {
        Project after = ReviewDecisions.accept(project(), "c", "t-00000001", "Amina Diallo", AT);
        String text = after.clause("c").orElseThrow().text();
        assertThat(text).isEqualTo("Scientists must consider whether their work could be misused.");
        AnnotationThread accepted = after.threadsOf("c").get(0);
        assertThat(accepted.isOpen()).isFalse();
        assertThat(accepted.replies()).extracting(Reply::text).containsExactly("Accepted.");
        AnnotationThread comment = after.threadsOf("c").get(1);
        assertThat(text.substring(comment.anchor().start(), comment.anchor().end())).isEqualTo("misused");
    }

    @Test
    void rejectingResolvesTheThreadAndLeavesTheText() {
        Project after = ReviewDecisions.reject(project(), "c", "t-00000001", "Amina Diallo", AT);
        assertThat(after.clause("c").orElseThrow().text()).isEqualTo(TEXT);
        assertThat(after.threadsOf("c").get(0).replies()).extracting(Reply::text).containsExactly("Rejected.");
        assertThat(after.threadsOf("c").get(0).isOpen()).isFalse();
    }

    @Test
    void aSuggestionWhoseWordsAreGoneCannotBeAccepted() {
        Project edited = project().withClause(Clause.of("c", "Awareness", "Scientists shall think."));
        assertThatThrownBy(() -> ReviewDecisions.accept(edited, "c", "t-00000001", "A", AT))
                .hasMessageContaining("no longer in the clause");
    }

    @Test
    void attachingAnUnplacedThreadAnchorsItsQuoteInTheClause() {
        String context = "Note: their work could be misused, says the delegation.";
        AnnotationThread t = AnnotationThread.open("t-00000003", TextAnchor.of(context, 6, 16), AnnotationKind.COMMENT,
                "Ingrid Solberg", AT, "Add examples.");
        Project p = project().withUnplaced(List.of(new UnplacedThread("r.docx", context, t)));
        Project after = ReviewDecisions.attach(p, 0, "c");
        assertThat(after.unplaced()).isEmpty();
        AnnotationThread placed = after.threadsOf("c").get(2);
        assertThat(placed.anchor().quote()).isEqualTo("their work");
        assertThat(placed.anchor().start()).isEqualTo(TEXT.indexOf("their work"));
    }
}
