package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.model.Clause;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.Programs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member keeps editing, and saving, while the window's sync is in its network steps: the save reaches the disk
 * at once, the sync then completes, and the draft keeps both the edit and what came in (issue 12).
 */
class SyncWhileEditingTest {
    private static final String CLAUSE_ID = "animal-welfare";
    private static final String SAVED = " Saved while the sync was fetching.";

    @TempDir
    Path temp;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void anEditSavedDuringTheFetchIsKeptWithWhatCameInAndIsNotRecordedByTheSync() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toUri().toString());
        Sites.sync(chair, access);
        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(bare.toUri().toString(), delegation, access, TransferProgress.NONE);
        Sites.editAndRecord(delegation, "smallest number", "fewest", "Ingrid Solberg");
        Sites.sync(delegation, access);

        try (ProjectSession session = ProjectSession.open(chair, "Chair")) {
            SessionSync sync = new SessionSync(session, "Chair");
            HeldFetch held = new HeldFetch();
            Future<SessionSync.Received> running = threads.submit(() -> sync.sync("origin", access, held, d -> { }));
            // generous bounds: they only keep a deadlock from hanging the build, they measure nothing
            assertThat(held.reached.await(2, TimeUnit.MINUTES)).as("the fetch asked for progress").isTrue();

            Clause clause = session.project().clause(CLAUSE_ID).orElseThrow();
            session.update(session.project().withClause(clause.withText(clause.text() + SAVED)));
            Future<Integer> saving = threads.submit(session::save);
            assertThat(saving.get(2, TimeUnit.MINUTES)).as("files saved while the sync is held").isPositive();
            assertThat(Sites.clause(chair)).contains(SAVED.trim());

            held.release.countDown();
            SessionSync.Received received = running.get(2, TimeUnit.MINUTES);
            assertThat(received.report().received()).singleElement()
                    .satisfies(v -> assertThat(v.author()).isEqualTo("Ingrid Solberg"));
            sync.takeIn(received);

            assertThat(session.project().clause(CLAUSE_ID).orElseThrow().text())
                    .contains("fewest").doesNotContain("smallest number").contains(SAVED.trim());
            session.save();
            assertThat(Sites.clause(chair)).contains("fewest").contains(SAVED.trim());
            // the sync recorded and sent only what was recorded: the edit stays the member's, still to record
            assertThat(Versions.log(chair).get(0).label()).isEqualTo("Edit by Ingrid Solberg");
            assertThat(Sites.clause(delegation)).doesNotContain(SAVED.trim());
        }
        BareRepositories.fsck(bare);
        BareRepositories.fsck(chair.resolve(".git"));
    }

    @Test
    void whenBothSitesRecordedTheMergeVersionHoldsWhatWasRecordedAndTheEditSavedMeanwhileStaysUnrecorded()
            throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toUri().toString());
        Sites.sync(chair, access);
        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(bare.toUri().toString(), delegation, access, TransferProgress.NONE);
        Sites.editAndRecord(delegation, "smallest number", "fewest", "Ingrid Solberg");
        Sites.sync(delegation, access);
        Sites.editAndRecord(chair, "appropriate ethics body", "institutional ethics body", "Chair");

        try (ProjectSession session = ProjectSession.open(chair, "Chair")) {
            SessionSync sync = new SessionSync(session, "Chair");
            HeldFetch held = new HeldFetch();
            Future<SessionSync.Received> running = threads.submit(() -> sync.sync("origin", access, held, d -> { }));
            assertThat(held.reached.await(2, TimeUnit.MINUTES)).as("the fetch asked for progress").isTrue();
            Clause clause = session.project().clause(CLAUSE_ID).orElseThrow();
            session.update(session.project().withClause(clause.withText(clause.text() + SAVED)));
            assertThat(threads.submit(session::save).get(2, TimeUnit.MINUTES)).isPositive();
            held.release.countDown();
            sync.takeIn(running.get(2, TimeUnit.MINUTES));
            session.save();
        }
        assertThat(Versions.log(chair).get(0).label()).startsWith("Sync with origin");
        String recorded = Programs.run(chair, List.of(Programs.git().toString(), "show",
                "HEAD:" + Sites.CLAUSE));
        assertThat(recorded).contains("fewest", "institutional ethics body").doesNotContain(SAVED.trim());
        assertThat(Sites.clause(chair)).contains("fewest", "institutional ethics body", SAVED.trim());
        Sites.sync(delegation, access);
        assertThat(Sites.clause(delegation)).contains("institutional ethics body").doesNotContain(SAVED.trim());
        BareRepositories.fsck(bare);
        BareRepositories.fsck(chair.resolve(".git"));
    }

    @Test
    void aPushRefusedAfterTheMergeLeavesTheDraftWithWhatCameInAndTheEditSavedDuringTheFetch() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toUri().toString());
        Sites.sync(chair, access);
        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(bare.toUri().toString(), delegation, access, TransferProgress.NONE);
        Sites.editAndRecord(delegation, "smallest number", "fewest", "Ingrid Solberg");
        Sites.sync(delegation, access);
        Sites.editAndRecord(chair, "appropriate ethics body", "institutional ethics body", "Chair");
        // another git holds the shared branch (its lock file, as a push in progress or a crashed one leaves it):
        // the server refuses this site's push after the sync has merged and moved the branch here
        Path branch;
        try (var heads = Files.list(bare.resolve("refs/heads"))) {
            branch = heads.findFirst().orElseThrow();
        }
        Files.write(branch.resolveSibling(branch.getFileName() + ".lock"), Files.readAllBytes(branch));

        try (ProjectSession session = ProjectSession.open(chair, "Chair")) {
            SessionSync sync = new SessionSync(session, "Chair");
            HeldFetch held = new HeldFetch();
            Future<SessionSync.Received> running = threads.submit(() -> sync.sync("origin", access, held, d -> { }));
            assertThat(held.reached.await(2, TimeUnit.MINUTES)).as("the fetch asked for progress").isTrue();
            Clause clause = session.project().clause(CLAUSE_ID).orElseThrow();
            session.update(session.project().withClause(clause.withText(clause.text() + SAVED)));
            assertThat(threads.submit(session::save).get(2, TimeUnit.MINUTES)).isPositive();
            held.release.countDown();

            SessionSync.Received received = running.get(2, TimeUnit.MINUTES);
            assertThat(received.stopped()).get().asString().contains("refused the versions sent")
                    .contains("sync again");
            assertThat(received.report().received()).extracting(v -> v.author()).containsExactly("Ingrid Solberg");
            assertThat(received.report().sent()).isEmpty();
            sync.takeIn(received);
            session.save();

            assertThat(session.project().clause(CLAUSE_ID).orElseThrow().text()).contains(SAVED.trim());
            assertThat(Sites.clause(chair)).as("what came in, this site's recorded edit and the edit saved "
                    + "meanwhile").contains("fewest", "institutional ethics body", SAVED.trim())
                    .doesNotContain("smallest number");
        }
        assertThat(Versions.log(chair).get(0).label()).startsWith("Sync with origin");
        // the lock gone and the edit saved meanwhile recorded (it stayed the member's), the next sync sends all
        Files.delete(branch.resolveSibling(branch.getFileName() + ".lock"));
        Versions.record(chair, "Saved during the sync", "", "Chair", notice -> { });
        assertThat(Sites.sync(chair, access).sent()).extracting(v -> v.label())
                .contains("Saved during the sync").anySatisfy(l -> assertThat(l).startsWith("Sync with origin"));
        BareRepositories.fsck(bare);
        BareRepositories.fsck(chair.resolve(".git"));
    }

    /** Holds JGit's fetch at its first progress report or cancellation check, until the test lets it go. */
    private static final class HeldFetch implements TransferProgress {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final AtomicBoolean held = new AtomicBoolean();

        @Override
        public void update(String task, int done, int total) {
            hold();
        }

        @Override
        public boolean cancelled() {
            hold();
            return false;
        }

        private void hold() {
            if (held.compareAndSet(false, true)) {
                reached.countDown();
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
