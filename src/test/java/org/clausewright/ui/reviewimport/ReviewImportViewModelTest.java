package org.clausewright.ui.reviewimport;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.Project;
import org.clausewright.ui.SampleDocument;
import org.clausewright.ui.reviewimport.ReviewImportViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Import review… without a window: choose, preview, confirm; refused files; nothing new; undo. */
class ReviewImportViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private Path review;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        review = temp.resolve("review-norway.docx");
        try (InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            Files.write(review, in.readAllBytes());
        }
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private ReviewImportViewModel chooseAndPreview(Path file) {
        sample.dialogs.files.add(file);
        ReviewImportViewModel model = new ReviewImportViewModel(sample.document);
        assertThat(model.choose()).isTrue();
        return model;
    }

    @Test
    void thePreviewShowsTheReportAndChangesNothingUntilConfirmed() {
        Project before = sample.document.project();
        ReviewImportViewModel model = chooseAndPreview(review);
        assertThat(model.stepProperty().get()).isEqualTo(Step.READY);
        assertThat(model.reportProperty().get()).first().asString()
                .isEqualTo("Review from review-norway.docx: 5 comments, 4 suggestions");
        assertThat(model.reportProperty().get()).anyMatch(l -> l.contains("Duty to avoid harm"))
                .anyMatch(l -> l.startsWith("Unplaced (1)")).anyMatch(l -> l.startsWith("Left out:"));
        assertThat(model.statusProperty().get()).isEqualTo("This is what review-norway.docx adds. Import it?");
        assertThat(sample.document.project()).isSameAs(before);
    }

    @Test
    void confirmingAddsTheThreadsShowsTheClauseAndUndoTakesTheImportBack() {
        Project before = sample.document.project();
        String harm = sample.clause("1.2.1");
        ReviewImportViewModel model = chooseAndPreview(review);
        model.confirm();
        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        Project after = sample.document.project();
        assertThat(after.threadsOf(harm)).hasSize(before.threadsOf(harm).size() + 3)
                .anySatisfy(t -> assertThat(t.kind()).isEqualTo(AnnotationKind.SUGGESTION));
        assertThat(after.unplaced()).hasSize(1);
        assertThat(sample.document.dirtyProperty().get()).isFalse();
        assertThat(sample.dialogs.notices).singleElement().asString()
                .startsWith("Review from review-norway.docx: 5 comments, 4 suggestions.");
        // the first clause the review added to is shown, so its threads are in the Review panel
        assertThat(sample.document.selectedClauseIdProperty().get()).isEqualTo(harm);
        assertThat(sample.document.countsProperty().get()).contains((after.openThreadCount()) + " open threads");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Import review");

        sample.document.undo();
        assertThat(sample.document.project()).isSameAs(before);
        assertThat(sample.document.project().unplaced()).isEmpty();
    }

    @Test
    void aRefusedFileIsAReadableMessageAndChangesNothing() throws Exception {
        Path bad = temp.resolve("notes.docx");
        Files.writeString(bad, "these are not the droids");
        Project before = sample.document.project();
        ReviewImportViewModel model = chooseAndPreview(bad);
        assertThat(model.stepProperty().get()).isEqualTo(Step.FAILED);
        assertThat(sample.dialogs.errors).singleElement().asString()
                .startsWith("Could not read the review: ").contains("notes.docx").doesNotContain("Exception");
        assertThat(sample.document.project()).isSameAs(before);
        assertThat(sample.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void importingTheSameFileAgainBringsNothingNew() {
        chooseAndPreview(review).confirm();
        Project imported = sample.document.project();
        ReviewImportViewModel again = chooseAndPreview(review);
        assertThat(again.stepProperty().get()).isEqualTo(Step.NOTHING_NEW);
        assertThat(again.statusProperty().get())
                .isEqualTo("Nothing new: the project already has everything in review-norway.docx.");
        again.confirm();
        assertThat(sample.document.project()).isSameAs(imported);
    }

    @Test
    void noFileChosenIsNoImport() {
        ReviewImportViewModel model = new ReviewImportViewModel(sample.document);
        assertThat(model.choose()).isFalse();
        assertThat(model.stepProperty().get()).isEqualTo(Step.CANCELLED);
    }
}
