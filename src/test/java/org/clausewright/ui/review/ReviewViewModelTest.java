package org.clausewright.ui.review;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    @TempDir
    Path temp;
    private SampleDocument sample;
    private ReviewViewModel review;
    private String clause;
    private String text;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        review = new ReviewViewModel(sample.document, () -> NOW);
        clause = sample.clause("1.1");
        sample.document.selectedClauseIdProperty().set(clause);
        text = sample.document.project().clause(clause).orElseThrow().text();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private void select(String words) {
        int start = text.indexOf(words);
        sample.document.selectionStartProperty().set(start);
        sample.document.selectionEndProperty().set(start + words.length());
    }

    private AnnotationThread thread(String id) {
        return sample.document.project().threadsOf(clause).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void aCommentOnSelectedWordsIsSignedAndListed() {
        select("human life");
        String id = review.add(AnnotationKind.COMMENT, "Define it?", "").orElseThrow();
        AnnotationThread t = thread(id);
        assertThat(t.anchor().quote()).isEqualTo("human life");
        assertThat(t.author()).isEqualTo("Amina Diallo");
        assertThat(review.threadsProperty().get()).extracting(ThreadRow::quote).contains("“human life”");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Add comment");
    }

    @Test
    void theQuotedWordsAreInTheQuotationMarksOfTheMembersLanguage() throws Exception {
        try (SampleDocument french = new SampleDocument(temp.resolve("fr"), java.util.Locale.FRENCH);
             SampleDocument spanish = new SampleDocument(temp.resolve("es"), java.util.Locale.forLanguageTag("es"))) {
            for (SampleDocument s : java.util.List.of(french, spanish)) {
                ReviewViewModel panel = new ReviewViewModel(s.document, () -> NOW);
                String id = s.clause("1.1");
                s.document.selectedClauseIdProperty().set(id);
                int start = s.document.project().clause(id).orElseThrow().text().indexOf("human life");
                s.document.selectionStartProperty().set(start);
                s.document.selectionEndProperty().set(start + "human life".length());
                panel.add(AnnotationKind.COMMENT, "?", "").orElseThrow();
            }
            assertThat(new ReviewViewModel(french.document, () -> NOW).threadsProperty().get())
                    .extracting(ThreadRow::quote).contains("« human life »");
            assertThat(new ReviewViewModel(spanish.document, () -> NOW).threadsProperty().get())
                    .extracting(ThreadRow::quote).contains("«human life»");
        }
    }

    @Test
    void withoutASelectionTheThreadIsOnTheWholeClause() {
        String id = review.add(AnnotationKind.QUESTION, "Too broad?", "").orElseThrow();
        assertThat(thread(id).anchor().isWholeClause()).isTrue();
    }

    @Test
    void replyResolveReopenAndTheFilter() {
        select("respect");
        String id = review.add(AnnotationKind.OBJECTION, "No.", "").orElseThrow();
        review.reply(id, "Why not?");
        assertThat(thread(id).replies()).hasSize(1);
        assertThat(review.threadsProperty().get().get(0).body()).contains("Why not?");
        review.resolve(id);
        assertThat(review.threadsProperty().get()).extracting(ThreadRow::id).doesNotContain(id);
        review.filterProperty().set(ReviewViewModel.Filter.RESOLVED);
        assertThat(review.threadsProperty().get()).extracting(ThreadRow::id).containsExactly(id);
        review.reopen(id);
        assertThat(thread(id).isOpen()).isTrue();
    }

    @Test
    void acceptingASuggestionEditsTheTextAndUndoesAsOne() {
        select("should conduct");
        String id = review.add(AnnotationKind.SUGGESTION, "Stronger", "must conduct").orElseThrow();
        review.accept(id);
        assertThat(sample.document.project().clause(clause).orElseThrow().text()).startsWith("Scientists must conduct");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Accept suggestion");
        sample.document.undo();
        assertThat(sample.document.project().clause(clause).orElseThrow().text()).isEqualTo(text);
    }

    @Test
    void aDetachedThreadIsShownAsSuchAndCanBeReattached() {
        select("human life");
        String id = review.add(AnnotationKind.COMMENT, "Define it?", "").orElseThrow();
        sample.document.execute(new org.clausewright.command.EditText(clause, "Entirely new wording for this clause."));
        assertThat(thread(id).detached()).isTrue();
        assertThat(review.threadsProperty().get()).filteredOn(r -> r.id().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.quote()).startsWith("Detached"));
        sample.document.selectionStartProperty().set(0);
        sample.document.selectionEndProperty().set(8);
        assertThat(review.reattach(id)).isTrue();
        assertThat(thread(id).detached()).isFalse();
        assertThat(thread(id).anchor().quote()).isEqualTo("Entirely");
    }

    @Test
    void rejectingASuggestionResolvesItLeavesTheTextAndUndoes() {
        select("should conduct");
        String id = review.add(AnnotationKind.SUGGESTION, "Stronger", "must conduct").orElseThrow();
        review.reject(id);
        assertThat(sample.document.project().clause(clause).orElseThrow().text()).isEqualTo(text);
        assertThat(thread(id).isOpen()).isFalse();
        assertThat(thread(id).replies()).extracting(r -> r.text()).containsExactly("Rejected.");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Reject suggestion");
        sample.document.undo();
        assertThat(thread(id).isOpen()).isTrue();
        assertThat(thread(id).replies()).isEmpty();
    }

    @Test
    void onlyAnOpenSuggestionCanBeRejected() {
        String id = review.add(AnnotationKind.COMMENT, "Fine.", "").orElseThrow();
        review.reject(id);
        assertThat(thread(id).isOpen()).isTrue();
        assertThat(sample.dialogs.errors).singleElement().asString().contains("not a suggestion");
    }

    @Test
    void spacesAtTheEndsOfTheSelectionAreLeftOutOfTheQuote() {
        int start = text.indexOf("human life");
        sample.document.selectionStartProperty().set(start - 1);
        sample.document.selectionEndProperty().set(start + "human life".length() + 1);
        String id = review.add(AnnotationKind.COMMENT, "Which lives?", "").orElseThrow();
        assertThat(thread(id).anchor().quote()).isEqualTo("human life");
        assertThat(thread(id).anchor().start()).isEqualTo(start);
        assertThat(thread(id).anchor().end()).isEqualTo(start + "human life".length());
        assertThat(thread(id).anchor().prefix()).endsWith("for ");

        sample.document.selectionStartProperty().set(start - 1);
        sample.document.selectionEndProperty().set(start);
        String whole = review.add(AnnotationKind.COMMENT, "Only a space selected.", "").orElseThrow();
        assertThat(thread(whole).anchor().isWholeClause()).isTrue();
    }

    @Test
    void aNewThreadAndARepliedThreadArePickedSoTheListShowsThem() {
        select("human life");
        String first = review.add(AnnotationKind.COMMENT, "One.", "").orElseThrow();
        assertThat(sample.document.selectedThreadIdProperty().get()).isEqualTo(first);
        String second = review.add(AnnotationKind.COMMENT, "Two.", "").orElseThrow();
        assertThat(sample.document.selectedThreadIdProperty().get()).isEqualTo(second);
        review.reply(first, "Answer.");
        assertThat(sample.document.selectedThreadIdProperty().get()).isEqualTo(first);

        review.filterProperty().set(ReviewViewModel.Filter.RESOLVED);
        String third = review.add(AnnotationKind.QUESTION, "Three?", "").orElseThrow();
        assertThat(review.threadsProperty().get()).extracting(ThreadRow::id).contains(third);
    }

    @Test
    void aReplyIsWrittenSeeingTheThreadAndMayRunToSeveralLines() {
        select("human life");
        String id = review.add(AnnotationKind.OBJECTION, "Too narrow: animals too.", "").orElseThrow();
        review.reply(id, "Agreed in part.");
        sample.dialogs.texts.add("First point.\nSecond point.");

        review.replyTo(id);

        assertThat(sample.dialogs.noteContexts).singleElement().asString()
                .contains("Objection").contains("“human life”").contains("Too narrow: animals too.")
                .contains("Agreed in part.");
        assertThat(thread(id).replies()).last().satisfies(r -> assertThat(r.text())
                .isEqualTo("First point.\nSecond point."));
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Reply");
    }

    @Test
    void aThreadThatStillFindsItsWordsIsNotReattached() {
        select("human life");
        String id = review.add(AnnotationKind.COMMENT, "Define it?", "").orElseThrow();
        select("dignity");
        assertThat(review.reattach(id)).isFalse();
        assertThat(thread(id).anchor().quote()).isEqualTo("human life");
    }
}
