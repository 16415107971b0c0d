package org.clausewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
