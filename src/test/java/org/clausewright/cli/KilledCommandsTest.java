package org.clausewright.cli;

import org.clausewright.app.ProjectSession;
import org.clausewright.history.HistoryIntegrity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command killed half way (kill -9, a power cut) leaves in the project, and the next command going on
 * from it: issue 9 items 6 and 7.
 */
class KilledCommandsTest {
    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void sample() {
        dir = temp.resolve("model-code");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
    }

    /** A `record` killed between taking git's locks and giving them up: its project lock and git's locks stay. */
    private void leaveWhatAKilledRecordLeaves() throws Exception {
        Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Instant killedAt = Instant.now().minusSeconds(30);
        Files.writeString(dir.resolve(".clausewright.lock"), "{\n  \"member\" : \"Amina Diallo\",\n  \"host\" : \""
                + InetAddress.getLocalHost().getHostName() + "\",\n  \"pid\" : " + gone.pid() + ",\n  \"since\" : \""
                + killedAt + "\"\n}\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve(".git/index.lock"), "DIRC".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve(".git/refs/heads/main.lock"), new byte[0]);
        for (String file : List.of(".clausewright.lock", ".git/index.lock", ".git/refs/heads/main.lock")) {
            Files.setLastModifiedTime(dir.resolve(file), FileTime.from(killedAt));
        }
    }

    private List<String> log() {
        return List.of(CliRun.of("log", dir.toString()).out().split("\n"));
    }

    @Test
    void afterARecordWasKilledTheNextRecordRemovesGitsLeftoverLocksAndRecords() throws Exception {
        List<String> before = log();
        leaveWhatAKilledRecordLeaves();

        CliRun run = CliRun.of("record", dir.toString(), "--label", "Working draft 5", "--author", "Li Wei");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).containsExactly(
                "Removed .git/index.lock, which a program that stopped while recording a version left behind"
                        + " (it is older than this command's hold on the project).",
                "Removed .git/refs/heads/main.lock, which a program that stopped while recording a version left"
                        + " behind (it is older than this command's hold on the project).");
        List<String> after = log();
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.get(0)).contains("Working draft 5");
        assertThat(after.subList(1, after.size())).isEqualTo(before);
        assertThat(HistoryIntegrity.problems(dir)).isEmpty();
        assertThat(dir.resolve(".clausewright.lock")).doesNotExist();
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
    }

    @Test
    void afterARecordWasKilledAnImportOfAReviewStillRecordsItsCheckpointAndVersion() throws Exception {
        List<String> before = log();
        leaveWhatAKilledRecordLeaves();
        Path review = temp.resolve("review.docx");
        try (InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            Files.write(review, in.readAllBytes());
        }

        CliRun run = CliRun.of("import-review", dir.toString(), review.toString(), "--author", "Li Wei");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("Removed .git/index.lock", "Removed .git/refs/heads/main.lock");
        List<String> after = log();
        assertThat(after).hasSize(before.size() + 2);
        assertThat(after.get(0)).contains("Review from review.docx");
        assertThat(after.get(1)).contains("Checkpoint before importing review.docx");
        assertThat(HistoryIntegrity.problems(dir)).isEmpty();
    }

    @Test
    void recordingAProjectOpenElsewhereIsRefusedAndRecordsNothing() throws Exception {
        List<String> before = log();
        try (ProjectSession window = ProjectSession.open(dir, "Ingrid Solberg")) {
            CliRun run = CliRun.of("record", dir.toString(), "--label", "Working draft 5", "--author", "Li Wei");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).startsWith("clausewright: " + dir + " is open by Ingrid Solberg on ")
                    .contains("record the version there, or close it first; nothing was recorded");
        }
        assertThat(log()).isEqualTo(before);
    }
}
