package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Files saved by Microsoft Word itself import onto a project holding their text, or are kept unplaced. */
class WordAuthoredFilesTest {
    private static final Project UNRELATED = Reviews.project("c-1", "Heading", "Text that no review quotes.");

    @ParameterizedTest
    @ValueSource(strings = {"comments.docx", "track_changes_insertion.docx", "track_changes_deletion.docx",
            "track_changes_move.docx", "track_changes_scrubbed_metadata.docx", "numbered_header.docx"})
    void everyWordFileImportsOrIsKeptUnplacedOnAnUnrelatedProject(String name) throws Exception {
        ReviewDocument doc = ReviewReader.read(WordAuthored.file(name));
        ReviewPlan plan = ReviewImporter.plan(doc, UNRELATED, null);
        int items = plan.comments() + plan.suggestions();
        assertThat(plan.clauses()).isEmpty();
        assertThat(plan.unplaced()).hasSize(items);
        Project after = plan.applyTo(UNRELATED);
        assertThat(ReviewImporter.plan(doc, after, null).isEmpty()).isTrue();
    }

    @Test
    void wordCommentsLandOnTheClausesHoldingTheirText() throws Exception {
        Project project = Reviews.project(
                "a", "A", "I want some text to have a comment on it.",
                "b", "B", "This is a new paragraph.\nAnd so is this.",
                "c", "C", "One more. And this is one with a comment in a comment.");
        ReviewPlan plan = ReviewImporter.plan(ReviewReader.read(WordAuthored.file("comments.docx")), project, null);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(added(plan, "a")).singleElement().satisfies(t -> {
            assertThat(t.anchor().quote()).isEqualTo("some text to have a comment ");
            assertThat(t.author()).isEqualTo("Jesse Rosenthal");
        });
        // across two paragraphs of one clause
        assertThat(added(plan, "b")).singleElement()
                .satisfies(t -> assertThat(t.anchor().quote()).isEqualTo("a new paragraph.\nAnd so"));
        // the reply (w15:paraIdParent) joins the comment whose range is nested in another's
        List<AnnotationThread> c = added(plan, "c");
        assertThat(c).hasSize(2);
        AnnotationThread nested = c.stream().filter(t -> t.text().startsWith("Do something.")).findFirst().orElseThrow();
        assertThat(nested.anchor().quote()).isEqualTo("comment in a comment");
        assertThat(nested.replies()).extracting(r -> r.text()).containsExactly("Do something else.");
        assertThat(c).filteredOn(t -> t.text().startsWith("This one has multiple paragraphs.\n\nSee?")).hasSize(1);
    }

    @Test
    void wordTrackedChangesBecomeSuggestions() throws Exception {
        Project project = Reviews.project(
                "ins", "I", "This is a text with insertions.",
                "del", "D", "This is a text with an excessively modified deletion.",
                "scrub", "S", "Here is a dummy document.");
        List<AnnotationThread> all = new java.util.ArrayList<>();
        for (String name : List.of("track_changes_insertion.docx", "track_changes_deletion.docx",
                "track_changes_scrubbed_metadata.docx")) {
            ReviewPlan plan = ReviewImporter.plan(ReviewReader.read(WordAuthored.file(name)), project, null);
            assertThat(plan.unplaced()).isEmpty();
            plan.clauses().forEach(c -> all.addAll(c.added()));
        }
        assertThat(all).filteredOn(t -> t.kind() == AnnotationKind.SUGGESTION)
                .extracting(t -> t.anchor().quote(), AnnotationThread::replacement)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("with ", "with two exciting "),
                        org.assertj.core.groups.Tuple.tuple("n excessively modified", ""),
                        org.assertj.core.groups.Tuple.tuple("dummy", "test"));
        assertThat(all).filteredOn(t -> t.author().equals("Author"))
                .allSatisfy(t -> assertThat(t.created()).isEqualTo(ThreadFactory.NO_DATE));
    }

    @Test
    void aMovedParagraphIsADeletionAndAnInsertionMarkedAsAMove() throws Exception {
        Project project = Reviews.project("m", "M",
                "Here is some text.\nHere is some more text.\nHere is the text to be moved.");
        ReviewPlan plan = ReviewImporter.plan(ReviewReader.read(WordAuthored.file("track_changes_move.docx")),
                project, null);
        assertThat(plan.unplaced()).isEmpty();
        assertThat(added(plan, "m")).hasSize(2).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(AnnotationKind.SUGGESTION);
            assertThat(t.text()).startsWith(ChangeImport.MOVED);
        });
    }

    private static List<AnnotationThread> added(ReviewPlan plan, String clauseId) {
        return plan.clauses().stream().filter(c -> c.clauseId().equals(clauseId)).findFirst()
                .map(ClauseReview::added).orElse(List.of());
    }
}
