package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository where git checks files out with CRLF line ends ({@code core.autocrlf=true}, {@code text=auto}). */
class LineEndsTest {
    @TempDir
    Path folder;

    /** What git does to the folder when a member sets autocrlf and checks the files out again. */
    private void checkOutWithCrlf(String... paths) throws Exception {
        GitProgram git = GitProgram.in(folder);
        git.run("config", "core.autocrlf", "true");
        for (String path : paths) {
            Files.delete(folder.resolve(path));
        }
        git.run("checkout", "--", ".");
        for (String path : paths) {
            assertThat(Files.readString(folder.resolve(path))).contains("\r\n");
        }
    }

    @Test
    void aFileGitCheckedOutWithCrlfIsRecordedAsTheSameContent() throws Exception {
        write(folder, "project.json", "{\n  \"title\": \"T\"\n}\n");
        write(folder, "clauses/a.json", "{\n  \"a\": 1\n}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina Diallo", at(0));
            checkOutWithCrlf("project.json", "clauses/a.json");
            assertThat(history.changedPaths(one, Revision.WORKING)).isEmpty();
            write(folder, "clauses/b.json", "{\r\n  \"b\": 2\r\n}\r\n");
            Version two = history.record("Two", "", "Amina Diallo", at(1));
            assertThat(history.changedPaths(one, two)).extracting(PathChange::path).containsExactly("clauses/b.json");
            assertThat(GitProgram.in(folder).run("cat-file", "-p", two.id() + ":clauses/b.json"))
                    .isEqualTo("{\n  \"b\": 2\n}\n");
            assertThat(GitProgram.in(folder).run("status", "--porcelain")).isEmpty();
        }
    }

    @Test
    void anInterruptedOperationWritesAFileThatGitCheckedOutWithCrlfAndNobodyChanged() throws Exception {
        write(folder, "project.json", "{\n  \"title\": \"T\"\n}\n");
        write(folder, "annotations/a.json", "{\n  \"threads\": []\n}\n");
        byte[] imported = "{\n  \"threads\": [1]\n}\n".getBytes(StandardCharsets.UTF_8);
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("One", "", "Amina Diallo", at(0));
            checkOutWithCrlf("annotations/a.json");
            Version checkpoint = history.recordCheckpoint(
                    new CheckpointReason(CheckpointReason.RESTORE_DRAFT, "", "Working draft 1"),
                    "Checkpoint", "", "Amina Diallo", at(1));
            history.announce(checkpoint, "the import of review.docx", Map.of("annotations/a.json",
                    Optional.of(imported)), "Review", "", "Amina Diallo", at(2));
            // killed before the file was written
        }
        try (VersionHistory history = VersionHistory.open(folder)) {
            PendingVersion pending = history.pending().orElseThrow();
            assertThat(history.rollForward(pending)).isEmpty();
            assertThat(Files.readAllBytes(folder.resolve("annotations/a.json"))).isEqualTo(imported);
        }
    }
}
