package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `clausewright record --milestone`: a version recorded and marked at once, shown by `log`. */
class RecordMilestoneTest {
    @TempDir
    Path temp;

    private Path sample() {
        Path dir = temp.resolve("model-code");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        return dir;
    }

    @Test
    void recordingWithAMilestoneMarksTheVersionAndTheLogShowsIt() {
        Path dir = sample();
        CliRun record = CliRun.of("record", dir.toString(), "--label", "Working draft 5", "--author", "Ingrid Solberg",
                "--milestone=Circulated to delegations");
        assertThat(record.exit()).as(record.err()).isZero();

        String[] lines = CliRun.of("log", dir.toString()).out().split("\n");
        assertThat(lines[0]).contains("Working draft 5").endsWith("  (milestone: Circulated to delegations)");
        assertThat(lines[1]).doesNotContain("milestone");
        // the milestone names the version wherever a version is asked for
        assertThat(CliRun.of("diff", dir.toString(), "Circulated to delegations", "working").exit()).isZero();
    }

    @Test
    void aMilestoneWithoutANameIsNamedAfterTheLabel() {
        Path dir = sample();
        CliRun record = CliRun.of("record", dir.toString(), "--label", "Circulated draft 2", "--milestone");
        assertThat(record.exit()).as(record.err()).isZero();
        assertThat(CliRun.of("log", dir.toString()).out().split("\n")[0])
                .endsWith("Circulated draft 2  (milestone: Circulated draft 2)");
    }

    @Test
    void aTakenMilestoneNameIsRefusedBeforeAnythingIsRecorded() {
        Path dir = sample();
        assertThat(CliRun.of("record", dir.toString(), "--label", "Working draft 5", "--milestone=Circulated").exit())
                .isZero();
        int versions = CliRun.of("log", dir.toString()).out().split("\n").length;

        CliRun again = CliRun.of("record", dir.toString(), "--label", "Working draft 6", "--milestone=Circulated");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("a milestone named \"Circulated\" already exists").doesNotContain("Exception");
        assertThat(CliRun.of("log", dir.toString()).out().split("\n")).hasSize(versions);
    }
}
