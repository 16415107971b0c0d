package org.clausewright.ui.sync;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewright.app.SyncReport;
import org.clausewright.history.CheckpointReason;
import org.clausewright.history.MergeReason;
import org.clausewright.history.Version;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.ui.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sync result lists the versions received and sent by the names History gives them, in the member's language. */
class SyncSummaryTest {
    private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void receivedMergesAndCheckpointsAreNamedInTheMembersLanguageNotByTheirRecordedEnglishLabels() {
        Version merge = new Version("a".repeat(40), "Sync with origin: 2 clauses from Li Wei", "", "Li Wei", T, false,
                List.of(), List.of("b".repeat(40), "c".repeat(40)), Optional.empty(), Optional.of(new MergeReason(
                MergeReason.SYNC, "origin", 2, List.of("Li Wei"), 0, List.of(), List.of())));
        Version restored = new Version("d".repeat(40), "Restored the draft of 12 March", "", "Li Wei", T, false,
                List.of(), List.of("a".repeat(40)), Optional.of(new CheckpointReason(CheckpointReason.RESTORE_DRAFT,
                "", "12 March")), Optional.empty());
        SyncReport report = new SyncReport("origin", List.of(merge, restored), List.of(), Optional.empty(),
                List.of());

        List<String> lines = new SyncSummary(new Messages(Locale.FRENCH)).lines(report, Optional.empty(),
                Project.empty(ProjectInfo.titled("p", "Project")));

        assertThat(lines).anyMatch(l -> l.contains("Synchronisation avec origin : 2 clauses de Li Wei — Li Wei"))
                .noneMatch(l -> l.contains("Sync with")).noneMatch(l -> l.contains("Restored"));
    }
}
