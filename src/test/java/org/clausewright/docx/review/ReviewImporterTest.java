package org.clausewright.docx.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.Languages;
import org.clausewright.model.Translation;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.docx.review.Reviews.del;
import static org.clausewright.docx.review.Reviews.ins;
import static org.assertj.core.groups.Tuple.tuple;

class ReviewImporterTest {
    private static final Project CODE = Reviews.project(
            "dual-use", "Awareness of dual-use potential",
            "Scientists should ensure that their work is assessed.\n(a) before publication.",
            "reporting", "Duty to report concerns",
            "Scientists should ensure that concerns are reported promptly.\n(a) before publication.",
            "training", "Training", "Institutions should train every member of staff in biosecurity.");

    private static List<AnnotationThread> added(ReviewPlan plan, String clauseId) {
        return plan.clauses().stream().filter(c -> c.clauseId().equals(clauseId)).findFirst()
                .map(ClauseReview::added).orElse(List.of());
    }

    @Test
    void aCommentGoesToTheClauseOfItsBookmarkAndIsAnchoredToItsWords() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .paragraph("reporting", "Duty to report concerns")
                .paragraph("reporting", "Scientists should ensure that concerns are reported promptly.")
                .comment("1", "reported promptly", "Within how many days?").build();
        AnnotationThread t = added(ReviewImporter.plan(doc, CODE, null), "reporting").get(0);
        assertThat(t.anchor().quote()).isEqualTo("reported promptly");
        assertThat(t.anchor().start()).isEqualTo(CODE.clause("reporting").orElseThrow().text().indexOf("reported"));
        assertThat(t.kind()).isEqualTo(AnnotationKind.COMMENT);
        assertThat(t.text()).startsWith("Within how many days?").endsWith("[review: r.docx]");
        assertThat(t.author()).isEqualTo("Li Wei");
    }

    @Test
    void withoutBookmarksAFrozenNumberWithBisBeforeTheHeadingStillFindsTheClause() throws Exception {
        // a frozen outline's numbers are written as text ("1.2 bis"), not by Word's numbering (issue 11 item 4)
        ReviewDocument doc = Reviews.file("r.docx")
                .text("1.2 bis\tDuty to report concerns")
                .text("(a) before publication.")
                .comment("1", "before publication", "Also before preprints.")
                .build();
        ReviewPlan plan = ReviewImporter.plan(doc, CODE, null);
        assertThat(added(plan, "reporting")).extracting(t -> t.anchor().quote()).containsExactly("before publication");
        assertThat(added(plan, "dual-use")).isEmpty();
    }

    @Test
    void withoutBookmarksTheHeadingAboveDecidesBetweenClausesThatShareWording() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("1.2 Duty to report concerns")
                .text("Scientists should ensure that concerns are reported promptly.")
                .text("(a) before publication.")
                .comment("1", "before publication", "Also before preprints.")
                .build();
        ReviewPlan plan = ReviewImporter.plan(doc, CODE, null);
        assertThat(added(plan, "reporting")).extracting(t -> t.anchor().quote()).containsExactly("before publication");
        assertThat(added(plan, "dual-use")).isEmpty();
    }

    @Test
    void aShortQuoteThatRecursIsPlacedByItsWholeParagraph() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Scientists should ensure that concerns are reported promptly.")
                .comment("1", "Scientists should ensure", "Too weak.").build();
        assertThat(added(ReviewImporter.plan(doc, CODE, null), "reporting")).hasSize(1);
    }

    @Test
    void aParagraphTheReviewerRetypedIsFoundFuzzilyAndTheQuoteAnchoredInTheClause() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions should train each member of their staff in biosecurity.")
                .comment("1", "biosecurity", "And biosafety?").build();
        AnnotationThread t = added(ReviewImporter.plan(doc, CODE, null), "training").get(0);
        String text = CODE.clause("training").orElseThrow().text();
        assertThat(t.anchor().quote()).isEqualTo("biosecurity");
        assertThat(text.substring(t.anchor().start(), t.anchor().end())).isEqualTo("biosecurity");
        assertThat(t.detached()).isFalse();
    }

    @Test
    void whatMatchesNoClauseIsKeptUnplacedWithItsParagraph() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Covering note from the delegation.")
                .comment("1", "delegation", "Please circulate.").build();
        ReviewPlan plan = ReviewImporter.plan(doc, CODE, null);
        assertThat(plan.clauses()).isEmpty();
        assertThat(plan.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.context()).isEqualTo("Covering note from the delegation.");
            assertThat(u.source()).isEqualTo("r.docx");
            assertThat(u.thread().anchor().quote()).isEqualTo("delegation");
        });
    }

    @Test
    void repliesJoinTheirThreadAndDoneResolvesIt() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions should train every member of staff in biosecurity.")
                .comment("1", "every member", "Including visitors?")
                .reply("2", "1", "Amina Diallo", "Yes, visitors too.", true).build();
        AnnotationThread t = added(ReviewImporter.plan(doc, CODE, null), "training").get(0);
        assertThat(t.replies()).singleElement().satisfies(r -> {
            assertThat(r.author()).isEqualTo("Amina Diallo");
            assertThat(r.text()).isEqualTo("Yes, visitors too.");
        });
        assertThat(t.resolution()).isNotNull();
        assertThat(t.resolution().by()).isEqualTo("Amina Diallo");
    }

    @Test
    void aReplacementIsOneSuggestionFromDeletedToInsertedWords() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions ", del("should"), ins("must"), " train every member of staff in biosecurity.")
                .build();
        AnnotationThread t = added(ReviewImporter.plan(doc, CODE, null), "training").get(0);
        assertThat(t.kind()).isEqualTo(AnnotationKind.SUGGESTION);
        assertThat(t.anchor().quote()).isEqualTo("should");
        assertThat(t.replacement()).isEqualTo("must");
    }

    @Test
    void anInsertionIsAnchoredToTheWordBeforeItOrAfterItAtTheStart() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text(ins("All "), "Institutions should train every member of staff", ins(" and visitors"),
                        " in biosecurity.").build();
        List<AnnotationThread> threads = added(ReviewImporter.plan(doc, CODE, null), "training");
        assertThat(threads).extracting(t -> t.anchor().quote(), AnnotationThread::replacement).containsExactly(
                tuple("Institutions", "All Institutions"),
                tuple("staff", "staff and visitors"));
        assertThat(threads).noneMatch(t -> t.anchor().isWholeClause());
    }

    @Test
    void anInsertedParagraphAndADeletedOneAreSuggestionsOnTheirClause() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Scientists should ensure that their work is assessed.")
                .text(del("(a) before publication."))
                .text(ins("(b) before a preprint is posted."))
                .build();
        List<AnnotationThread> threads = added(ReviewImporter.plan(doc, CODE, null), "dual-use");
        assertThat(threads).extracting(t -> t.anchor().quote(), AnnotationThread::replacement).containsExactly(
                tuple("\n(a) before publication.", ""),
                tuple("publication.", "publication.\n(b) before a preprint is posted."));
    }

    @Test
    void formattingChangesAreCountedNotImported() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions should train every member of staff in biosecurity.").formattingChanges(3).build();
        ReviewPlan plan = ReviewImporter.plan(doc, CODE, null);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.formattingChanges()).isEqualTo(3);
    }

    @Test
    void changesTheClauseAlreadyHasAreNotSuggestedAgain() throws Exception {
        Project edited = CODE.withClause(CODE.clause("training").orElseThrow()
                .withText("Institutions must train every member of staff in biosecurity."));
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions ", del("should"), ins("must"), " train every member of staff in biosecurity.")
                .build();
        ReviewPlan plan = ReviewImporter.plan(doc, edited, null);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.alreadyApplied()).isEqualTo(1);
    }

    @Test
    void importingTheSameReviewAgainAddsNothing() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions ", del("should"), ins("must"), " train every member of staff in biosecurity.")
                .comment("1", "biosecurity", "And biosafety?")
                .reply("2", "1", "Amina Diallo", "Agreed.", false)
                .text("Covering note.").comment("3", "Covering", "Please circulate.")
                .build();
        Project once = ReviewImporter.plan(doc, CODE, null).applyTo(CODE);
        assertThat(once.threadCount()).isEqualTo(2);
        assertThat(once.unplaced()).hasSize(1);
        ReviewPlan again = ReviewImporter.plan(doc, once, null);
        assertThat(again.isEmpty()).isTrue();
        assertThat(again.duplicates()).isEqualTo(3);
    }

    @Test
    void importingAReviewKeepsTheProjectsFrameworksAndLanguageVersions() throws Exception {
        Project code = CODE.withFramework(new Framework("tianjin-2021", "Tianjin Guidelines", "", "biology", 2021, "",
                "", "", "", List.of(new FrameworkElement("1", "1", "Ethical standards", "")), null));
        code = code.withInfo(code.info().withLanguages(new Languages("en", List.of("fr"))))
                .withTranslation(Translation.of(code.clause("training").orElseThrow(), "fr", "Formation",
                        "Les institutions forment leur personnel.", ""));
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions should train every member of staff in biosecurity.")
                .comment("1", "biosecurity", "And biosafety?").build();
        Project after = ReviewImporter.plan(doc, code, null).applyTo(code);
        assertThat(after.threadCount()).isEqualTo(1);
        // left out, the save after the import would have deleted frameworks/ and translations/
        assertThat(after.frameworks()).isEqualTo(code.frameworks());
        assertThat(after.translations()).isEqualTo(code.translations());
    }

    @Test
    void aNewReplyToAThreadTheProjectHasIsAddedToIt() throws Exception {
        ReviewDocument first = Reviews.file("r.docx")
                .text("Institutions should train every member of staff in biosecurity.")
                .comment("1", "biosecurity", "And biosafety?").build();
        Project once = ReviewImporter.plan(first, CODE, null).applyTo(CODE);
        ReviewDocument second = Reviews.file("r2.docx")
                .text("Institutions should train every member of staff in biosecurity.")
                .comment("1", "biosecurity", "And biosafety?")
                .reply("2", "1", "Amina Diallo", "Both.", false).build();
        ReviewPlan plan = ReviewImporter.plan(second, once, null);
        assertThat(plan.replies()).isEqualTo(1);
        assertThat(plan.applyTo(once).threadsOf("training").get(0).replies()).extracting(r -> r.text())
                .containsExactly("Both.");
    }

    @Test
    void aScrubbedDateStillRecognisesTheSameComment() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions should train every member of staff in biosecurity.")
                .comment("1", "Author", null, "Why staff?", "", new TextPoint(0, 34), new TextPoint(0, 39)).build();
        Project once = ReviewImporter.plan(doc, CODE, null).applyTo(CODE);
        assertThat(once.threadsOf("training").get(0).created()).isEqualTo(ThreadFactory.NO_DATE);
        assertThat(ReviewImporter.plan(doc, once, null).isEmpty()).isTrue();
    }

    @Test
    void aCommentOnTheHeadingIsOnTheWholeClause() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .paragraph("training", "Training")
                .paragraph("training", "Institutions should train every member of staff in biosecurity.")
                .comment("1", "Training", "Rename to Education?").build();
        AnnotationThread t = added(ReviewImporter.plan(doc, CODE, null), "training").get(0);
        assertThat(t.anchor()).isEqualTo(TextAnchor.wholeClause());
    }

    @Test
    void anInsertionAtTheEndOfAParagraphIsNewUnlessTheClauseHasIt() throws Exception {
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Institutions should train every member of staff in biosecurity.", ins(" And biosafety."))
                .build();
        assertThat(added(ReviewImporter.plan(doc, CODE, null), "training")).singleElement()
                .satisfies(t -> assertThat(t.replacement()).isEqualTo("biosecurity. And biosafety."));
        Project edited = CODE.withClause(CODE.clause("training").orElseThrow()
                .withText("Institutions should train every member of staff in biosecurity. And biosafety."));
        ReviewPlan plan = ReviewImporter.plan(doc, edited, null);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.alreadyApplied()).isEqualTo(1);
    }

    @Test
    void aParagraphDeletedWholeIsAlreadyMadeWhenTheClauseLacksIt() throws Exception {
        Project exported = Reviews.project("x", "X", "Scientists should assess their work.\nEvery year, in writing.");
        Project edited = exported.withClause(exported.clause("x").orElseThrow()
                .withText("Scientists should assess their work."));
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Scientists should assess their work.")
                .text(del("Every year, in writing."))
                .build();
        ReviewPlan plan = ReviewImporter.plan(doc, edited, exported);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.alreadyApplied()).isEqualTo(1);
        assertThat(ReviewImporter.plan(doc, exported, exported).suggestions()).isEqualTo(1);
    }

    @Test
    void theSameChangeAtTwoPlacesOfAClauseIsTwoSuggestions() throws Exception {
        Project code = Reviews.project("x", "X", "Members should report.\nMembers should train.");
        ReviewDocument doc = Reviews.file("r.docx")
                .text("Members ", ins("very "), "should report.")
                .text("Members ", ins("very "), "should train.")
                .build();
        ReviewPlan plan = ReviewImporter.plan(doc, code, null);
        assertThat(added(plan, "x")).extracting(t -> t.anchor().start()).containsExactly(0, 23);
        assertThat(ReviewImporter.plan(doc, plan.applyTo(code), null).isEmpty()).isTrue();
    }
}
