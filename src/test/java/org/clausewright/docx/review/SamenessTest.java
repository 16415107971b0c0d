package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A comment is left out as "already in the project" only when it is the same comment, not one that contains it. */
class SamenessTest {
    private static final String TEXT = "Institutions should train every member of staff in biosecurity.";
    private static final Project CODE = Reviews.project("training", "Training", TEXT);

    private static Project withThread(AnnotationThread t) {
        return CODE.withThreads("training", List.of(t));
    }

    private static AnnotationThread existing(String id, AnnotationKind kind, String text, String replacement,
                                             java.time.Instant created) {
        int at = TEXT.indexOf("should");
        return new AnnotationThread(id, TextAnchor.of(TEXT, at, at + "should".length()), kind, "Li Wei", created,
                text, replacement, List.of(), null, false);
    }

    private static Reviews commentOnShould(String text, java.time.Instant date) {
        int at = TEXT.indexOf("should");
        return Reviews.file("r.docx").text(TEXT).comment("1", "Li Wei", date, text, "", new TextPoint(0, at),
                new TextPoint(0, at + "should".length()));
    }

    @Test
    void aLongerCommentOnTheSameWordsIsNewEvenFromTheSameAuthorAtTheSameMinute() throws Exception {
        Project project = withThread(existing("t-a", AnnotationKind.COMMENT, "Agree.", "", Reviews.T0));
        ReviewPlan plan = ReviewImporter.plan(commentOnShould("Agree. But add funders.", Reviews.T0).build(),
                project, null);
        assertThat(plan.duplicates()).isZero();
        assertThat(plan.clauses()).singleElement().satisfies(c -> assertThat(c.added()).singleElement()
                .satisfies(t -> assertThat(t.text()).startsWith("Agree. But add funders.")));
    }

    @Test
    void aScrubbedDateIsNoEvidenceThatALongerCommentIsTheSame() throws Exception {
        Project project = withThread(existing("t-a", AnnotationKind.COMMENT, "Agree.", "", Reviews.T0));
        ReviewPlan plan = ReviewImporter.plan(commentOnShould("Agree. But add funders.", null).build(), project, null);
        assertThat(plan.comments()).isEqualTo(1);
        assertThat(plan.duplicates()).isZero();
    }

    @Test
    void theSameCommentWithAScrubbedDateIsStillTheSame() throws Exception {
        Project project = withThread(existing("t-a", AnnotationKind.COMMENT, "Agree.\n[review: r.docx]", "",
                Reviews.T0));
        ReviewPlan plan = ReviewImporter.plan(commentOnShould("Agree.", null).build(), project, null);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.duplicates()).isEqualTo(1);
    }

    @Test
    void aThousandDistinctCommentsWhoseTextsContainEachOtherAllComeIn() throws Exception {
        Reviews review = Reviews.file("r.docx").text(TEXT);
        for (int i = 1; i <= 1000; i++) {
            review.comment(String.valueOf(i), "Li Wei", null, "Comment " + i, "", new TextPoint(0, 0),
                    new TextPoint(0, "Institutions".length()));
        }
        ReviewPlan plan = ReviewImporter.plan(review.build(), CODE, null);
        assertThat(plan.comments()).isEqualTo(1000);
        assertThat(plan.duplicates()).isZero();
        assertThat(ReviewImporter.plan(review.build(), plan.applyTo(CODE), null).duplicates()).isEqualTo(1000);
    }

    /** Keys keep a long text as a digest (a 50 MB review's comments needed twice the memory otherwise). */
    private static final String LONG = "Institutions \u201cshould\u201d train every member of staff in biosecurity, "
            + "record who was trained and when, and repeat the training whenever the work or the rules change.";

    @Test
    void aLongCommentIsTheSameWhateverItsCaseQuotesAndSpacingButNewWhenOneWordDiffers() throws Exception {
        Project project = withThread(existing("t-a", AnnotationKind.COMMENT, LONG, "", Reviews.T0));
        String sameWords = LONG.toUpperCase(java.util.Locale.ROOT).replace('\u201c', '"').replace('\u201d', '"')
                .replace(" ", "  ");
        String oneWordMore = LONG.replace("change.", "change again.");

        ReviewPlan same = ReviewImporter.plan(commentOnShould(sameWords, Reviews.T0).build(), project, null);
        ReviewPlan other = ReviewImporter.plan(commentOnShould(oneWordMore, Reviews.T0).build(), project, null);

        assertThat(same.isEmpty()).isTrue();
        assertThat(same.duplicates()).isEqualTo(1);
        assertThat(other.duplicates()).isZero();
        assertThat(other.comments()).isEqualTo(1);
    }

    @Test
    void longUnplacedCommentsComeInOnceAndAreKnownTheNextTime() throws Exception {
        String paragraph = "Words no clause of this code has, which the import keeps unplaced with their comment: "
                + "funders, publishers and learned societies are asked to support the code.";
        Reviews review = Reviews.file("r.docx").text(TEXT).text(paragraph)
                .comment("1", paragraph, LONG)
                .comment("2", paragraph, LONG.replace("change.", "change again."));
        ReviewPlan first = ReviewImporter.plan(review.build(), CODE, null);
        assertThat(first.unplaced()).hasSize(2);
        assertThat(first.duplicates()).isZero();

        ReviewPlan again = ReviewImporter.plan(review.build(), first.applyTo(CODE), null);

        assertThat(again.unplaced()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(2);
    }

    @Test
    void aSuggestionExportedAsACommentWithItsWordingIsRecognised() throws Exception {
        Project project = withThread(existing("t-s", AnnotationKind.SUGGESTION, "Stronger.", "must", Reviews.T0));
        ReviewPlan plan = ReviewImporter.plan(commentOnShould("Stronger.\nSuggested wording: \u201cmust\u201d",
                Reviews.T0).build(), project, null);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.duplicates()).isEqualTo(1);
    }

    @Test
    void aCommentThatAddsASuggestedWordingToAPlainCommentIsNew() throws Exception {
        Project project = withThread(existing("t-a", AnnotationKind.COMMENT, "Stronger.", "", Reviews.T0));
        ReviewPlan plan = ReviewImporter.plan(commentOnShould("Stronger.\nSuggested wording: \u201cmust\u201d",
                Reviews.T0).build(), project, null);
        assertThat(plan.comments()).isEqualTo(1);
    }

    @Test
    void theImportsOwnFileNameLinesDoNotMakeACommentNew() throws Exception {
        Project project = withThread(existing("t-a", AnnotationKind.COMMENT, "Agree.\n[review: first.docx]", "",
                Reviews.T0));
        // exported with its "[review: first.docx]" line, then imported from second.docx
        ReviewPlan plan = ReviewImporter.plan(commentOnShould("Agree.\n[review: first.docx]", Reviews.T0).build(),
                project, null);
        assertThat(plan.isEmpty()).isTrue();
    }
}
