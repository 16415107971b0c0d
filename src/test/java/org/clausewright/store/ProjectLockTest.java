package org.clausewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenerLearnsWhoHoldsTheProject() throws Exception {
        ProjectLock.Outcome first = ProjectLock.acquire(dir, "Amina Diallo");
        assertThat(first.acquired()).isTrue();
        Files.writeString(dir.resolve(ProjectPaths.LOCK), Files.readString(dir.resolve(ProjectPaths.LOCK))
                .replaceAll("\"pid\": \\d+", "\"pid\": " + ProcessHandle.current().parent().orElseThrow().pid()));
        ProjectLock.Outcome second = ProjectLock.acquire(dir, "Li Wei");
        assertThat(second.acquired()).isFalse();
        assertThat(second.heldBy().member()).isEqualTo("Amina Diallo");
        assertThat(second.heldBy().describe()).startsWith("Amina Diallo on ");
    }

    @Test
    void aLockLeftByADeadProcessIsTakenOver() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(dir.resolve(ProjectPaths.LOCK), "{\"member\": \"Ghost\", \"host\": \""
                + java.net.InetAddress.getLocalHost().getHostName() + "\", \"pid\": " + dead.pid()
                + ", \"since\": \"2026-01-01T00:00:00Z\"}");
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, "Li Wei");
        assertThat(outcome.acquired()).isTrue();
        outcome.lock().close();
        assertThat(dir.resolve(ProjectPaths.LOCK)).doesNotExist();
    }

    @Test
    void anUnreadableLockIsRespectedWhileRecentAndTakenOverWhenOld() throws Exception {
        Path lock = dir.resolve(ProjectPaths.LOCK);
        Files.writeString(lock, "");
        ProjectLock.Outcome recent = ProjectLock.acquire(dir, "Li Wei");
        assertThat(recent.acquired()).isFalse();
        assertThat(recent.heldBy().describe()).startsWith("another member on an unknown computer");

        Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        ProjectLock.Outcome old = ProjectLock.acquire(dir, "Li Wei");
        assertThat(old.acquired()).isTrue();
        assertThat(Files.readString(lock)).contains("\"member\": \"Li Wei\"");
        assertThat(dir.toFile().list()).containsExactly(ProjectPaths.LOCK);
    }

    @Test
    void closingReleasesTheLockForTheNextMember() throws Exception {
        ProjectLock.acquire(dir, "Amina Diallo").lock().close();
        assertThat(ProjectLock.acquire(dir, "Li Wei").acquired()).isTrue();
    }

    @Test
    void aStaleLockThatAnotherOpenerReplacedMeanwhileIsNotStolen() throws Exception {
        Path lock = dir.resolve(ProjectPaths.LOCK);
        Files.writeString(lock, deadLock("Ghost"));
        ProjectLock[] other = new ProjectLock[1];
        // Li Wei also found the ghost's lock stale and took the project over between our look and our take-over
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, "Amina Diallo", lockFile -> {
            ProjectLock.Outcome first = ProjectLock.acquire(dir, "Li Wei");
            assertThat(first.acquired()).isTrue();
            other[0] = first.lock();
        });

        assertThat(outcome.acquired()).as("Amina took the lock Li Wei had just taken").isFalse();
        assertThat(outcome.heldBy().member()).isEqualTo("Li Wei");
        assertThat(Files.readString(lock)).contains("\"member\": \"Li Wei\"");
        assertThat(dir.toFile().list()).as("nothing left aside").containsExactly(ProjectPaths.LOCK);
        other[0].close();
        assertThat(lock).as("still Li Wei's own lock, which his close removes").doesNotExist();
    }

    @Test
    void aLockFromAnotherComputerSaysWhichFileToDeleteAndWhen() throws Exception {
        Path lock = dir.resolve(ProjectPaths.LOCK);
        Instant since = Instant.parse("2026-11-30T14:02:00Z");
        Files.writeString(lock, "{\"member\": \"Amina Diallo\", \"host\": \"lab-7\", \"pid\": 4242, "
                + "\"since\": \"" + since + "\"}");
        ProjectLock.Outcome outcome = ProjectLock.acquire(dir, "Li Wei");
        assertThat(outcome.acquired()).isFalse();
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(since.atZone(ZoneId.systemDefault()));
        assertThat(outcome.advice()).isEqualTo("The project is held by Amina Diallo on host lab-7 since " + local
                + ". If that computer is off or Clausewright is not running there, delete " + lock
                + " and open again.");
        assertThat(Files.readString(lock)).contains("lab-7");
    }

    private static String deadLock(String member) throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        return "{\"member\": \"" + member + "\", \"host\": \"" + java.net.InetAddress.getLocalHost().getHostName()
                + "\", \"pid\": " + dead.pid() + ", \"since\": \"2026-01-01T00:00:00Z\"}";
    }
}
