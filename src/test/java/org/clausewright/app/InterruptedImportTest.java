package org.clausewright.app;

import org.clausewright.history.HistoryIntegrity;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.io.TempDir;

/**
 * An import of a review stopped at each of its steps, as kill -9 would stop it, and the next command finishing
 * it: the review's version is then in the history exactly once, with every imported thread (issue 9 item 7).
 */
class InterruptedImportTest {
    private static final String LABEL = "Review from review.docx: 5 comments, 4 suggestions";

    @TempDir
    Path temp;
    private Path dir;
    private Path review;
    private final List<String> notices = new ArrayList<>();
    private List<Version> before;
    private Project base;

    /** What the process does not get to do after a kill. */
    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void sample() throws Exception {
        dir = temp.resolve("model-code");
        BundledSample.install(dir);
        review = temp.resolve("review.docx");
        try (InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            Files.write(review, in.readAllBytes());
        }
        before = log();
    }

    private List<Version> log() throws Exception {
        try (VersionHistory history = VersionHistory.open(dir)) {
            return history.log();
        }
    }

    /** Imports the review and stops the import after {@code step}, leaving what a killed process leaves. */
    private void importKilledAfter(ReviewImport.Step step) throws Exception {
        try (ProjectSession session = ProjectSession.open(dir, "Amina Diallo", notices::add)) {
            base = session.project();
            ReviewPreview preview = ReviewImport.preview(session, review);
            assertThatThrownBy(() -> ReviewImport.apply(session, preview, "Amina Diallo", reached -> {
                if (reached == step) {
                    throw new Killed();
                }
            })).isInstanceOf(Killed.class);
        }
    }

    private long reviews(List<Version> log) {
        return log.stream().filter(v -> v.label().equals(LABEL)).count();
    }

    private void assertTheReviewIsRecordedOnceWithAllItsThreads() throws Exception {
        List<Version> after = log();
        assertThat(reviews(after)).isEqualTo(1);
        assertThat(after.stream().map(Version::id).toList()).containsAll(before.stream().map(Version::id).toList());
        try (VersionHistory history = VersionHistory.open(dir)) {
            Version reviewVersion = after.stream().filter(v -> v.label().equals(LABEL)).findFirst().orElseThrow();
            Project recorded = ProjectReader.read(history.files(reviewVersion)).orThrow();
            assertThat(recorded.threadsOf("do-no-harm")).hasSize(base.threadsOf("do-no-harm").size() + 3);
            assertThat(recorded.unplaced()).hasSize(1);
            assertThat(recorded.threadsOf("duty-to-report")).hasSizeGreaterThan(base.threadsOf("duty-to-report").size());
            assertThat(history.changedPaths(history.latest().orElseThrow(), Revision.WORKING)).isEmpty();
            assertThat(VersionHistory.hasPending(dir)).isFalse();
        }
        assertThat(HistoryIntegrity.problems(dir)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ReviewImport.Step.class, names = {"ANNOUNCED", "SAVED"})
    void theNextRecordFinishesTheImportFirstThenRecordsItsOwnVersion(ReviewImport.Step step) throws Exception {
        importKilledAfter(step);

        Version next = Versions.record(dir, "Working draft 5", "", "Li Wei", notices::add);

        List<Version> after = log();
        assertThat(after.get(0)).isEqualTo(next);
        assertThat(after.get(1).label()).isEqualTo(LABEL);
        assertThat(after.get(2).label()).isEqualTo("Checkpoint before importing review.docx");
        assertThat(after).hasSize(before.size() + 3);
        assertThat(notices).containsExactly("The import of review.docx was interrupted; its version "
                + after.get(1).shortId() + " was recorded now.");
        assertTheReviewIsRecordedOnceWithAllItsThreads();
    }

    @Test
    void openingTheProjectAgainFinishesAnImportKilledAfterItsSave() throws Exception {
        importKilledAfter(ReviewImport.Step.SAVED);

        try (ProjectSession session = ProjectSession.open(dir, "Li Wei", notices::add)) {
            assertThat(session.project().unplaced()).hasSize(1);
            assertThat(session.hasUnsavedChanges()).isFalse();
            assertThat(ReviewImport.apply(session, ReviewImport.preview(session, review), "Li Wei")).isNull();
        }
        assertThat(log()).hasSize(before.size() + 2);
        assertThat(notices).singleElement().asString().startsWith("The import of review.docx was interrupted;");
        assertTheReviewIsRecordedOnceWithAllItsThreads();
    }

    @Test
    void aSaveKilledHalfWayIsCompletedFromWhatTheImportAnnounced() throws Exception {
        importKilledAfter(ReviewImport.Step.SAVED);
        // the save had written the annotations but not unplaced.json yet, nor the second clause's threads
        Files.delete(dir.resolve("unplaced.json"));
        try (VersionHistory history = VersionHistory.open(dir)) {
            Version checkpoint = history.latest().orElseThrow();
            Files.write(dir.resolve("annotations/duty-to-report.json"),
                    history.files(checkpoint).read("annotations/duty-to-report.json").orElseThrow());
        }

        Versions.record(dir, "Working draft 5", "", "Li Wei", notices::add);

        assertTheReviewIsRecordedOnceWithAllItsThreads();
        assertThat(Files.readString(dir.resolve("unplaced.json"))).contains("review.docx");
    }

    @Test
    void anImportKilledAfterItsVersionWasRecordedIsNotRecordedTwice() throws Exception {
        importKilledAfter(ReviewImport.Step.RECORDED);

        Versions.record(dir, "Working draft 5", "", "Li Wei", notices::add);

        assertThat(log()).hasSize(before.size() + 3);
        assertThat(notices).singleElement().asString().contains("was interrupted after its version")
                .endsWith("was recorded; nothing was left to do.");
        assertTheReviewIsRecordedOnceWithAllItsThreads();
    }

    @Test
    void anImportKilledBeforeItAnnouncedAnythingLeavesOnlyItsCheckpointAndImportsAgainInFull() throws Exception {
        importKilledAfter(ReviewImport.Step.CHECKPOINT_RECORDED);
        assertThat(VersionHistory.hasPending(dir)).isFalse();

        try (ProjectSession session = ProjectSession.open(dir, "Li Wei", notices::add)) {
            assertThat(session.project().unplaced()).isEmpty();
            ReviewImport.apply(session, ReviewImport.preview(session, review), "Li Wei");
        }
        assertThat(notices).isEmpty();
        assertTheReviewIsRecordedOnceWithAllItsThreads();
    }
}
