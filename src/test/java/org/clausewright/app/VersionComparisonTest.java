package org.clausewright.app;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.diff.ClauseChange;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VersionComparisonTest {
    @TempDir
    Path dir;

    @Test
    void comparingReadsOnlyTheClauseFilesThatChanged() throws Exception {
        SyntheticProject synthetic = new SyntheticProject(7);
        Project before = synthetic.generate(4, 200, 300);
        ProjectWriter writer = new ProjectWriter(new ProjectFolder(dir));
        writer.writeAll(before);
        try (VersionHistory history = VersionHistory.open(dir)) {
            Version first = history.record("One", "", "A", Instant.parse("2026-01-01T00:00:00Z"));
            Project after = before;
            for (int n : new int[]{3, 50, 120}) {
                Clause c = after.clause(SyntheticProject.clauseId(n)).orElseThrow();
                after = after.withClause(c.withText(c.text() + " Added words."));
            }
            writer.save(before, after);
            Version second = history.record("Two", "", "A", Instant.parse("2026-01-02T00:00:00Z"));

            VersionComparison result = VersionComparison.compare(history, first, second);
            assertThat(result.filesRead()).isEqualTo(6);
            assertThat(result.comparison().clauses()).extracting(ClauseChange::clauseId)
                    .containsExactlyInAnyOrder("c-0003", "c-0050", "c-0120");
            assertThat(result.comparison().clauses()).allMatch(c -> c.is(ClauseChange.Kind.TEXT_CHANGED)
                    && c.textDiff().newText().endsWith(" Added words."));
        }
    }
}
