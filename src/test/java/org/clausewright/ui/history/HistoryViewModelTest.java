package org.clausewright.ui.history;

import org.clausewright.command.EditText;
import org.clausewright.diff.DiffSegment;
import org.clausewright.history.Version;
import org.clausewright.ui.Dialogs;
import org.clausewright.ui.Messages;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private HistoryViewModel history;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        history = new HistoryViewModel(sample.document);
        history.refresh();
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void listsTheSamplesVersionsNewestFirst() {
        List<Version> versions = history.versionsProperty().get();
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(versions.get(0).time()).isAfterOrEqualTo(versions.get(1).time());
    }

    @Test
    void recordSavesTheEditsAndListsTheNewVersion() {
        String id = sample.clause("1.1");
        sample.document.execute(new EditText(id, "Recorded words."));
        sample.dialogs.versions.add(new Dialogs.VersionRequest("Working draft 9", "After the meeting"));
        history.record();
        assertThat(sample.dialogs.suggestedLabels).containsExactly("Working draft 5");
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(history.versionsProperty().get().get(0).label()).isEqualTo("Working draft 9");
        assertThat(history.versionsProperty().get().get(0).author()).isEqualTo("Amina Diallo");
        assertThat(sample.document.dirtyProperty().get()).isFalse();
        assertThat(sample.dialogs.notices).anyMatch(n -> n.contains("Working draft 9"));
    }

    @Test
    void comparingTwoVersionsGivesASummaryAndColouredWords() {
        List<Version> versions = history.versionsProperty().get();
        history.compare(versions.get(versions.size() - 1), versions.get(0));
        assertThat(history.comparisonTitleProperty().get()).isEqualTo("From “" + versions.get(versions.size() - 1).label()
                + "” to “" + versions.get(0).label() + "”");
        assertThat(history.summaryProperty().get()).contains("added").contains("moved");
        // where each clause went, in words rather than "+ → 9.1"
        assertThat(history.changesProperty().get()).extracting(ChangeRow::what)
                .anyMatch(w -> w.matches("added as \\d+(\\.\\d+)+.*"))
                .anyMatch(w -> w.matches("moved from \\d+(\\.\\d+)+ to \\d+(\\.\\d+)+.*"))
                .noneMatch(w -> w.contains("→") || w.startsWith("+"));
        assertThat(history.changesProperty().get()).extracting(ChangeRow::title).noneMatch(t -> t.contains("→"));
        assertThat(history.comparisonsProperty().get()).isEqualTo(1);
        assertThat(history.changesProperty().get()).isNotEmpty();
        assertThat(history.changesProperty().get().stream().flatMap(r -> r.text().stream()))
                .extracting(DiffSegment::kind).contains(DiffSegment.Kind.INSERTED, DiffSegment.Kind.DELETED);
    }

    @Test
    void comparingWithTheDraftIncludesUnsavedEdits() {
        String id = sample.clause("1.1");
        sample.document.execute(new EditText(id, "Completely different."));
        history.compare(history.versionsProperty().get().get(0), null);
        assertThat(history.changesProperty().get()).anyMatch(r -> r.clauseId().equals(id));
        assertThat(history.comparisonTitleProperty().get()).isEqualTo("From “"
                + history.versionsProperty().get().get(0).label() + "” to the draft as it is now");
    }

    @Test
    void restoringAClauseRecordsACheckpointAndCanBeUndone() {
        String id = sample.clause("1.1");
        String original = sample.document.project().clause(id).orElseThrow().text();
        sample.document.execute(new EditText(id, "Mistaken words."));
        sample.document.selectedClauseIdProperty().set(id);
        int before = history.versionsProperty().get().size();
        history.restoreClause(history.versionsProperty().get().get(0));
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(sample.document.project().clause(id).orElseThrow().text()).isEqualTo(original);
        assertThat(history.versionsProperty().get()).hasSize(before + 1);
        assertThat(history.versionsProperty().get().get(0).checkpoint()).isTrue();
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Restore clause");
        assertThat(sample.document.dirtyProperty().get()).as("the restored files are on disk already").isFalse();
        sample.document.undo();
        assertThat(sample.document.project().clause(id).orElseThrow().text()).isEqualTo("Mistaken words.");
    }

    @Test
    void aCheckpointIsNamedInEachMembersLanguageAndTheRestoreNoticeQuotesOnlyTheVersion() {
        Version from = history.versionsProperty().get().get(1);
        history.restoreDraft(from);
        assertThat(sample.dialogs.errors).isEmpty();
        String notice = sample.dialogs.notices.get(sample.dialogs.notices.size() - 1);
        assertThat(notice).isEqualTo("Restored from “" + from.label() + "”. The state before is kept as a checkpoint"
                + " in the History; Undo takes the restore back.");
        Version checkpoint = history.versionsProperty().get().get(0);
        assertThat(checkpoint.checkpoint()).isTrue();
        assertThat(checkpoint.label()).as("the line git clients and older Clausewrights show")
                .isEqualTo("Checkpoint before restoring the draft from “" + from.label() + "”");
        assertThat(VersionNames.shown(new Messages(Locale.FRENCH), checkpoint, id -> id))
                .isEqualTo("Avant la restauration du projet de texte depuis « " + from.label() + " »");
        assertThat(VersionNames.shown(new Messages(Locale.forLanguageTag("zh-CN")), checkpoint, id -> id))
                .isEqualTo("从“" + from.label() + "”恢复草案之前");
        // a checkpoint recorded before the reason was written down keeps its recorded label
        Version older = new Version(checkpoint.id(), "Checkpoint before importing review.docx", "", "Li Wei",
                checkpoint.time(), true, List.of(), checkpoint.parents());
        assertThat(VersionNames.shown(new Messages(Locale.FRENCH), older, id -> id))
                .isEqualTo("Checkpoint before importing review.docx");
    }

    @Test
    void restoringTheDraftAsksFirst() {
        sample.dialogs.confirmAnswer = false;
        history.restoreDraft(history.versionsProperty().get().get(1));
        assertThat(sample.dialogs.confirmations).hasSize(1);
        assertThat(sample.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void theListReadsTheVersionsAgainAfterAReviewIsImported() throws Exception {
        Path review = temp.resolve("review-norway.docx");
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            java.nio.file.Files.write(review, in.readAllBytes());
        }
        int before = history.versionsProperty().get().size();
        sample.dialogs.files.add(review);
        var importer = new org.clausewright.ui.reviewimport.ReviewImportViewModel(sample.document);
        importer.choose();
        importer.confirm();
        assertThat(history.versionsProperty().get()).hasSize(before + 2);
        assertThat(history.versionsProperty().get().get(0).label()).startsWith("Review from review-norway.docx");
    }

    @Test
    void aVersionIsMarkedAsAMilestoneAndUnmarked() {
        Version version = history.versionsProperty().get().get(1);
        sample.dialogs.texts.add("Circulated to delegations");
        history.markMilestone(version);
        assertThat(sample.dialogs.errors).isEmpty();
        assertThat(history.versionsProperty().get().get(1).milestones()).containsExactly("Circulated to delegations");

        sample.dialogs.confirmAnswer = false;
        history.unmarkMilestone(history.versionsProperty().get().get(1), "Circulated to delegations");
        assertThat(history.versionsProperty().get().get(1).milestones()).containsExactly("Circulated to delegations");
        sample.dialogs.confirmAnswer = true;
        history.unmarkMilestone(history.versionsProperty().get().get(1), "Circulated to delegations");
        assertThat(sample.dialogs.confirmations).last().asString()
                .isEqualTo("Remove the milestone “Circulated to delegations” from “" + version.label()
                        + "”? The version itself stays.");
        assertThat(history.versionsProperty().get().get(1).milestones()).isEmpty();
        assertThat(history.versionsProperty().get()).hasSize(4);
    }

    @Test
    void aTakenMilestoneNameIsReportedNotThrown() {
        List<Version> versions = history.versionsProperty().get();
        sample.dialogs.texts.add("Circulated");
        history.markMilestone(versions.get(0));
        sample.dialogs.texts.add("Circulated");
        history.markMilestone(versions.get(1));
        assertThat(sample.dialogs.errors).singleElement().asString()
                .startsWith("Could not mark the milestone: ").contains("already exists");
    }
}
