package org.clausewright.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.clausewright.command.MergeResolution;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.model.Negotiation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member who undoes a choice keeps the Redo while the folder's watcher looks at the folder: the files the window's
 * own sync wrote are not taken for another program's change, and another program's change that does not touch what
 * the Redo changes leaves it in place (the watcher's look is made here at the worst moment, between Undo and Redo).
 */
class RedoAfterOutsideChangeTest {
    private static final String ID = "animal-welfare";
    private static final String OTHER = "clauses/do-no-harm.json";

    @TempDir
    Path temp;

    /** The chair's session after a sync that listed the heading both sites changed, the other side chosen, undone. */
    private ProjectSession chosenAndUndone() throws Exception {
        RemoteAccess access = Sites.access(temp.resolve("home"));
        Path chair = Sites.chairWithTheDelegationsEditToReceive(temp, access);
        Path delegation = temp.resolve("delegation");
        rename(delegation, "Welfare of research animals", "Ingrid Solberg");
        Sites.sync(delegation, access);
        rename(chair, "Care of animals in research", "Chair");

        ProjectSession session = ProjectSession.open(chair, "Chair");
        SessionSync sync = new SessionSync(session, "Chair");
        SessionSync.Received received = sync.sync("origin", access, TransferProgress.NONE, d -> { });
        Optional<MergeOutcome> ignored = sync.takeIn(received);
        MergeConflict heading = received.report().merges().get(0).outcome().conflicts().stream()
                .filter(c -> c.clauseId().equals(ID) && c.field().equals("heading")).findFirst().orElseThrow();
        assertThat(heading(session)).isEqualTo("Care of animals in research");
        session.execute(new MergeResolution(heading, MergeConflict.Side.THEIRS,
                new Negotiation.Context(Instant.parse("2026-05-01T10:00:00Z"), "Chair", "", "", "")));
        session.save();
        session.commands().undo();
        session.save();
        assertThat(heading(session)).isEqualTo("Care of animals in research");
        assertThat(session.commands().redoName()).contains("command.resolveMerge");
        return session;
    }

    @Test
    void theFilesTheSyncWroteAreNotTakenInAsAnOutsideChangeAndTheRedoStays() throws Exception {
        try (ProjectSession session = chosenAndUndone()) {
            // the watcher's look at every file, as after a burst: the sync's own writes among them
            OutsideReport report = session.checkOutside(null);

            assertThat(report.takenIn()).as("the sync's files are the window's own").isEmpty();
            assertThat(report.merged()).isEmpty();
            assertThat(session.commands().undoName()).contains("command.takeInSync");
            assertThat(session.commands().redoName()).contains("command.resolveMerge");
            session.commands().redo();
            assertThat(heading(session)).isEqualTo("Welfare of research animals");
        }
    }

    @Test
    void anOutsideChangeToAnotherClauseIsTakenInAndTheRedoStillAppliesKeepingIt() throws Exception {
        try (ProjectSession session = chosenAndUndone()) {
            Path file = session.dir().resolve(OTHER);
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                    .replace("Scientists should", "Researchers must"), StandardCharsets.UTF_8);

            OutsideReport report = session.checkOutside(java.util.List.of(OTHER));

            assertThat(report.takenIn()).containsExactly(OTHER);
            assertThat(session.commands().redoName()).contains("command.resolveMerge");
            session.commands().redo();
            assertThat(heading(session)).isEqualTo("Welfare of research animals");
            assertThat(session.project().clause("do-no-harm").orElseThrow().text()).startsWith("Researchers must");
            // undo takes back the choice again, then the outside change, in that order
            session.commands().undo();
            assertThat(heading(session)).isEqualTo("Care of animals in research");
            assertThat(session.project().clause("do-no-harm").orElseThrow().text()).startsWith("Researchers must");
            session.commands().undo();
            assertThat(session.project().clause("do-no-harm").orElseThrow().text()).startsWith("Scientists should");
        }
    }

    @Test
    void anOutsideChangeToWhatTheRedoWouldChangeEndsTheRedoAndSaysSo() throws Exception {
        try (ProjectSession session = chosenAndUndone()) {
            Path file = session.dir().resolve(Sites.CLAUSE);
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                    .replace("Care of animals in research", "Animals in research"), StandardCharsets.UTF_8);

            OutsideReport report = session.checkOutside(java.util.List.of(Sites.CLAUSE));

            assertThat(report.takenIn()).containsExactly(Sites.CLAUSE);
            assertThat(heading(session)).isEqualTo("Animals in research");
            assertThat(report.redoEnded()).as("the member is told which redo the change ended")
                    .contains("command.resolveMerge");
            assertThat(session.commands().canRedo()).isFalse();
        }
    }

    @Test
    void aLookBetweenTheSyncAndItsTakeInIsPutOffAndMadeOnceWhatCameIsTakenIn() throws Exception {
        RemoteAccess access = Sites.access(temp.resolve("home"));
        Path chair = Sites.chairWithTheDelegationsEditToReceive(temp, access);
        try (ProjectSession session = ProjectSession.open(chair, "Chair")) {
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            session.onLookAgain(asked::incrementAndGet);
            SessionSync sync = new SessionSync(session, "Chair");
            SessionSync.Received received = sync.sync("origin", access, TransferProgress.NONE, d -> { });

            // the watcher reports the files the sync wrote before the window has taken them in
            OutsideReport early = session.checkOutside(java.util.List.of(Sites.CLAUSE));
            assertThat(early.takenIn()).as("put off: those files are the sync's").isEmpty();
            sync.takeIn(received);
            assertThat(asked).as("the look put off is asked for").hasValue(1);
            OutsideReport after = session.checkOutside(java.util.List.of());

            assertThat(after.takenIn()).as("nothing another program wrote").isEmpty();
            assertThat(session.commands().undoName()).contains("command.takeInSync");
            assertThat(session.project().clause("animal-welfare").orElseThrow().text()).contains("fewest");
            assertThat(session.hasUnsavedChanges()).isFalse();
        }
    }

    private static String heading(ProjectSession session) {
        return session.project().clause(ID).orElseThrow().heading();
    }

    private static void rename(Path site, String heading, String author) throws Exception {
        Path file = site.resolve(Sites.CLAUSE);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replaceFirst("\"heading\": \"[^\"]*\"", "\"heading\": \"" + heading + "\""),
                StandardCharsets.UTF_8);
        Versions.record(site, "Heading by " + author, "", author, n -> { });
    }
}
