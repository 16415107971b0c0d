package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clausewright.store.ProjectLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recording killed half way leaves git's lock files; the next recording by the project's holder goes on. */
class StaleGitLocksTest {
    private static final Duration SHORT_WAIT = Duration.ofMillis(200);

    @TempDir
    Path folder;
    private final List<String> notices = new ArrayList<>();
    private Version first;

    @BeforeEach
    void twoVersions() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("Working draft 1", "", "Amina Diallo", at(0));
            write(folder, "clauses/a.json", "a\n");
            first = history.record("Working draft 2", "", "Amina Diallo", at(1));
        }
    }

    /** What a process killed between taking git's locks and giving them up leaves, a minute ago. */
    private void leaveLocksOfAKilledRecording() throws Exception {
        FileTime before = FileTime.from(Instant.now().minusSeconds(60));
        for (String lock : List.of(".git/index.lock", ".git/refs/heads/main.lock")) {
            Path file = folder.resolve(lock);
            Files.write(file, new byte[] {'D', 'I', 'R', 'C'});
            Files.setLastModifiedTime(file, before);
        }
    }

    @Test
    void theHoldersNextRecordingRemovesLocksOlderThanItsHoldAndSaysSo() throws Exception {
        leaveLocksOfAKilledRecording();
        write(folder, "clauses/a.json", "a2\n");
        try (ProjectLock lock = ProjectLock.acquire(folder, "Li Wei").lock();
             VersionHistory history = VersionHistory.open(folder, lock != null, SHORT_WAIT, notices::add)) {
            Version third = history.record("Working draft 3", "", "Li Wei", at(2));

            assertThat(history.log()).extracting(Version::label)
                    .containsExactly("Working draft 3", "Working draft 2", "Working draft 1");
            assertThat(ProjectFolder.text(history.files(third), "clauses/a.json")).contains("a2\n");
        }
        assertThat(folder.resolve(".git/index.lock")).doesNotExist();
        assertThat(folder.resolve(".git/refs/heads/main.lock")).doesNotExist();
        assertThat(notices).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("Removed .git/")
                .contains("stopped while recording"));
        assertThat(HistoryIntegrity.problems(folder)).isEmpty();
    }

    @Test
    void aLockTakenAfterOurHoldIsAnotherProgramsWorkAndIsLeftAlone() throws Exception {
        try (ProjectLock lock = ProjectLock.acquire(folder, "Li Wei").lock()) {
            Files.setLastModifiedTime(folder.resolve(".clausewright.lock"),
                    FileTime.from(Instant.now().minusSeconds(60)));
            // a git program at work in a terminal since a moment ago
            Files.write(folder.resolve(".git/index.lock"), new byte[0]);
            try (VersionHistory history = VersionHistory.open(folder, lock != null, SHORT_WAIT, notices::add)) {
                assertThatThrownBy(() -> history.record("Working draft 3", "", "Li Wei", at(2)))
                        .isInstanceOf(HistoryException.class)
                        .hasMessageContaining(".git/index.lock exists")
                        .hasMessageContaining("Try again when it has finished")
                        .hasMessageContaining("delete " + folder.resolve(".git/index.lock").toAbsolutePath());
                assertThat(history.log()).first().isEqualTo(first);
            }
        }
        assertThat(folder.resolve(".git/index.lock")).exists();
        assertThat(notices).isEmpty();
    }

    @Test
    void aLockThatGoesAwayWhileWeWaitIsNotTouched() throws Exception {
        Path lock = folder.resolve(".git/index.lock");
        Files.write(lock, new byte[0]);
        Thread other = new Thread(() -> {
            try {
                Thread.sleep(100);
                Files.delete(lock);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        try (VersionHistory history = VersionHistory.open(folder, false, Duration.ofSeconds(30), notices::add)) {
            history.record("Working draft 3", "", "Li Wei", at(2));
            assertThat(history.log()).hasSize(3);
        }
        other.join();
        assertThat(notices).isEmpty();
    }

    @Test
    void withoutHoldingTheProjectNoLockIsRemovedAndTheMessageNamesTheFile() throws Exception {
        leaveLocksOfAKilledRecording();
        try (VersionHistory history = VersionHistory.open(folder, false, SHORT_WAIT, notices::add)) {
            assertThatThrownBy(() -> history.record("Working draft 3", "", "Li Wei", at(2)))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining(".git/index.lock exists");
        }
        assertThat(folder.resolve(".git/index.lock")).exists();
        assertThat(folder.resolve(".git/refs/heads/main.lock")).exists();
    }

    @Test
    void aBranchLockAloneNamesItselfInsteadOfSayingTheVersionMoved() throws Exception {
        Files.write(folder.resolve(".git/refs/heads/main.lock"), new byte[0]);
        try (VersionHistory history = VersionHistory.open(folder, false, SHORT_WAIT, notices::add)) {
            assertThatThrownBy(() -> history.record("Working draft 3", "", "Li Wei", at(2)))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageContaining(".git/refs/heads/main.lock exists")
                    .hasMessageNotContaining("LOCK_FAILURE");
        }
    }
}
