package org.clausewright.app;

import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two steps the editor's Import review… dialog takes: preview (nothing changes), then apply. */
class ReviewImportTest {
    @TempDir
    Path temp;
    private Path dir;
    private Path review;

    @BeforeEach
    void sample() throws Exception {
        dir = temp.resolve("model-code");
        BundledSample.install(dir);
        review = temp.resolve("review.docx");
        try (InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            Files.write(review, in.readAllBytes());
        }
    }

    private int versions() throws Exception {
        try (VersionHistory history = VersionHistory.open(dir)) {
            return history.log().size();
        }
    }

    @Test
    void thePreviewChangesNothingAndApplyRecordsACheckpointThenTheReview() throws Exception {
        int before = versions();
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            Project base = session.project();
            ReviewPreview preview = ReviewImport.preview(session, review);
            assertThat(session.project()).isSameAs(base);
            assertThat(versions()).isEqualTo(before);
            assertThat(preview.report(Locale.ENGLISH, false)).first().asString()
                    .isEqualTo("Review from review.docx: 5 comments, 4 suggestions");

            Version recorded = ReviewImport.apply(session, preview, "Amina Diallo");
            assertThat(recorded.label()).isEqualTo("Review from review.docx: 5 comments, 4 suggestions");
            assertThat(session.hasUnsavedChanges()).isFalse();
            assertThat(session.project().threadsOf("do-no-harm")).hasSize(base.threadsOf("do-no-harm").size() + 3);
            assertThat(session.project().unplaced()).hasSize(1);
            try (VersionHistory history = VersionHistory.open(dir)) {
                List<Version> log = history.log();
                assertThat(log).hasSize(before + 2);
                assertThat(log.get(1).label()).isEqualTo("Checkpoint before importing review.docx");
            }
            assertThat(ReviewImport.apply(session, ReviewImport.preview(session, review), "Amina Diallo")).isNull();
            assertThat(versions()).isEqualTo(before + 2);
        }
    }

    @Test
    void aReviewOfTheSourceKeepsEveryTranslation() throws Exception {
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            Project base = session.project();
            assertThat(base.translations().in("fr")).isNotEmpty();
            ReviewImport.apply(session, ReviewImport.preview(session, review), "Amina Diallo");
            assertThat(session.project().translations()).isEqualTo(base.translations());
        }
        assertThat(dir.resolve("translations/fr/do-no-harm.json")).exists();
        assertThat(dir.resolve("translations/ar/do-no-harm.json")).exists();
    }

    @Test
    void theWindowsPreviewIsInTheMembersLanguage() throws Exception {
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            ReviewPreview preview = ReviewImport.preview(session, review);
            assertThat(preview.report(Locale.FRENCH, true)).first().asString()
                    .isEqualTo("Relecture de review.docx : 5 commentaires, 4 suggestions");
            assertThat(preview.report(Locale.forLanguageTag("ru"), true)).first().asString()
                    .isEqualTo("Результаты рассмотрения от review.docx: 5 замечаний, 4 предложения");
            assertThat(preview.report(Locale.forLanguageTag("ar"), true)).first().asString()
                    .isEqualTo("استعراض من review.docx: 5 تعليقات، 4 اقتراحات");
        }
    }

    @Test
    void aProjectEditedAfterThePreviewGetsThePlanWorkedOutAgain() throws Exception {
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo")) {
            ReviewPreview preview = ReviewImport.preview(session, review);
            Clause harm = session.project().clause("do-no-harm").orElseThrow();
            session.update(session.project().withClause(harm.withText("Members should " + harm.text())));
            ReviewImport.apply(session, preview, "Amina Diallo");
            assertThat(session.project().clause("do-no-harm").orElseThrow().text()).startsWith("Members should ");
            assertThat(session.project().threadsOf("do-no-harm"))
                    .anySatisfy(t -> assertThat(t.anchor().quote()).isEqualTo("Scientists should"));
        }
    }

    @Test
    void aReadOnlySessionIsRefused() throws Exception {
        try (ProjectSession holder = ProjectSession.open(dir, "Li Wei");
             ProjectSession reader = ProjectSession.open(dir, "Amina Diallo")) {
            assertThat(reader.isReadOnly()).isTrue();
            ReviewPreview preview = ReviewImport.preview(reader, review);
            assertThatThrownBy(() -> ReviewImport.apply(reader, preview, "Amina Diallo"))
                    .hasMessageContaining("read-only");
        }
    }
}
