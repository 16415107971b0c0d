package org.clausewright.app;

import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectSessionTest {
    @TempDir
    Path temp;

    private Path sample() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        return dir;
    }

    @Test
    void aSecondMemberGetsTheProjectReadOnlyAndIsToldWhoHasIt() throws Exception {
        Path dir = sample();
        try (ProjectSession first = ProjectSession.open(dir, "Ingrid Solberg")) {
            assertThat(first.isReadOnly()).isFalse();
            // a second process would see the lock; within one process the pid matches, so fake another holder
            String lock = Files.readString(dir.resolve(ProjectPaths.LOCK));
            Files.writeString(dir.resolve(ProjectPaths.LOCK), lock.replaceAll("\"pid\": \\d+",
                    "\"pid\": " + ProcessHandle.current().parent().orElseThrow().pid()));
            try (ProjectSession second = ProjectSession.open(dir, "Chen Xiaoling")) {
                assertThat(second.isReadOnly()).isTrue();
                assertThat(second.heldBy()).hasValueSatisfying(h -> assertThat(h).startsWith("Ingrid Solberg on "));
                assertThatThrownBy(() -> second.update(second.project())).hasMessageContaining("read-only");
            }
        }
    }

    @Test
    void savedEditsAreOnDiskAndTheDirtyFlagClears() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            Clause clause = session.project().clause("do-no-harm").orElseThrow();
            session.update(session.project().withClause(clause.withHeading("Avoiding harm")));
            assertThat(session.hasUnsavedChanges()).isTrue();
            assertThat(session.save()).isEqualTo(1);
            assertThat(session.hasUnsavedChanges()).isFalse();
        }
        assertThat(Files.readString(dir.resolve("clauses/do-no-harm.json"))).contains("\"heading\": \"Avoiding harm\"");
        assertThat(dir.resolve(ProjectPaths.LOCK)).doesNotExist();
    }

    @Test
    void anchorsAreFoundAgainAfterAClauseFileWasEditedByHand() throws Exception {
        Path dir = sample();
        String clauseId;
        AnnotationThread before;
        try (ProjectSession session = ProjectSession.open(dir, "A")) {
            clauseId = session.project().threads().keySet().iterator().next();
            before = session.project().threadsOf(clauseId).get(0);
        }
        Path file = dir.resolve(ProjectPaths.clause(clauseId));
        String json = Files.readString(file);
        int textStart = json.indexOf("\"text\": [") + "\"text\": [\n    \"".length();
        Files.writeString(file, json.substring(0, textStart) + "Preamble added by hand. " + json.substring(textStart));
        try (ProjectSession session = ProjectSession.open(dir, "A")) {
            AnnotationThread after = session.project().threadsOf(clauseId).get(0);
            String text = session.project().clause(clauseId).orElseThrow().text();
            assertThat(after.detached()).isFalse();
            assertThat(after.anchor().start()).isEqualTo(before.anchor().start() + "Preamble added by hand. ".length());
            assertThat(text.substring(after.anchor().start(), after.anchor().end())).isEqualTo(before.anchor().quote());
            assertThat(session.hasUnsavedChanges()).isTrue();
        }
    }

    @Test
    void aNameThatPointsNowhereIsReportedByValidateButDoesNotLockTheCommitteeOut() throws Exception {
        Path dir = sample();
        Path file = dir.resolve("clauses/do-no-harm.json");
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"category\": \"[a-z-]*\"", "\"category\": \"retired-category\""));
        assertThat(Validation.validate(dir).warnings()).extracting(Object::toString)
                .anyMatch(p -> p.startsWith("clauses/do-no-harm.json:") && p.contains("\"retired-category\""));
        try (ProjectSession session = ProjectSession.open(dir, "A")) {
            assertThat(session.project().clause("do-no-harm").orElseThrow().category()).isEqualTo("retired-category");
        }
    }

    @Test
    void aProjectWithProblemsIsRefusedWithTheirPlaces() throws Exception {
        Path dir = sample();
        Files.writeString(dir.resolve("outline.json"), "{\"schemaVersion\": 1, \"parts\": [}");
        assertThatThrownBy(() -> ProjectSession.open(dir, "A"))
                .hasMessageStartingWith(dir.resolve("outline.json").toAbsolutePath() + ":1:");
        assertThat(dir.resolve(ProjectPaths.LOCK)).doesNotExist();
    }

    @Test
    void theLockIsTakenBeforeTheFirstFileIsRead() throws Exception {
        Path dir = sample();
        List<String> readWithoutLock = new ArrayList<>();
        ProjectFolder watched = new ProjectFolder(dir) {
            @Override
            public Optional<byte[]> read(String path) throws IOException {
                if (!Files.exists(dir.resolve(ProjectPaths.LOCK))) {
                    readWithoutLock.add(path);
                }
                return super.read(path);
            }
        };
        try (ProjectSession session = ProjectSession.open(watched, "Ingrid Solberg")) {
            assertThat(session.isReadOnly()).isFalse();
        }
        assertThat(readWithoutLock).as("files read before the lock was taken").isEmpty();
        assertThat(dir.resolve(ProjectPaths.LOCK)).doesNotExist();
    }

    @Test
    void aSecondMemberIsToldWhatToDoAboutALockFromAnotherComputer() throws Exception {
        Path dir = sample();
        Files.writeString(dir.resolve(ProjectPaths.LOCK), "{\"member\": \"Amina Diallo\", \"host\": \"lab-7\", "
                + "\"pid\": 4242, \"since\": \"2026-11-30T14:02:00Z\"}");
        try (ProjectSession session = ProjectSession.open(dir, "Li Wei")) {
            assertThat(session.isReadOnly()).isTrue();
            assertThat(session.lockAdvice()).hasValueSatisfying(a -> assertThat(a)
                    .startsWith("The project is held by Amina Diallo on host lab-7 since ")
                    .endsWith("If that computer is off or Clausewright is not running there, delete "
                            + dir.toAbsolutePath().normalize().resolve(ProjectPaths.LOCK) + " and open again."));
        }
        assertThat(dir.resolve(ProjectPaths.LOCK)).as("another computer's lock is left alone").exists();
    }
}
