package org.clausewright.app;

import org.clausewright.command.EditText;
import org.clausewright.model.Clause;
import org.clausewright.store.OutsideChangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Another program's change to an open project is taken in when the window has not edited that part, and never lost. */
class OutsideChangesTest {
    private static final String CLAUSE = "clauses/do-no-harm.json";
    private static final String TEXT = "Scientists should take all reasonable steps";

    @TempDir
    Path temp;

    private Path sample() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        return dir;
    }

    private static String rewrite(Path dir, String path, String from, String to) throws Exception {
        Path file = dir.resolve(path);
        String changed = Files.readString(file).replace(from, to);
        Files.writeString(file, changed);
        return changed;
    }

    private static String text(ProjectSession session, String id) {
        return session.project().clause(id).orElseThrow().text();
    }

    @Test
    void aClauseChangedOnDiskWithoutAnEditInTheWindowIsTakenIn() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            String before = text(session, "do-no-harm");
            rewrite(dir, CLAUSE, TEXT, "Researchers must take every reasonable step");

            OutsideReport report = session.checkOutside(List.of(CLAUSE));

            assertThat(report.takenIn()).containsExactly(CLAUSE);
            assertThat(report.waiting()).isEmpty();
            assertThat(text(session, "do-no-harm")).startsWith("Researchers must take every reasonable step");
            assertThat(session.hasUnsavedChanges()).isFalse();
            // undo brings back the window's version, which is then saved like any edit
            assertThat(session.commands().undoName()).contains("command.takeIn");
            session.commands().undo();
            assertThat(text(session, "do-no-harm")).isEqualTo(before);
            session.save();
            assertThat(Files.readString(dir.resolve(CLAUSE))).contains(TEXT);
        }
    }

    @Test
    void aClauseChangedOnDiskWhileEditedInTheWindowIsMergedWithTheEdit() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            String mine = text(session, "do-no-harm").replace("avoid causing harm", "avoid causing any harm");
            session.execute(new EditText("do-no-harm", mine));
            session.execute(new EditText("dual-use-awareness", text(session, "dual-use-awareness") + " Always."));
            rewrite(dir, CLAUSE, TEXT, "Researchers must take every reasonable step");

            OutsideReport report = session.checkOutside(List.of(CLAUSE));
            assertThat(report.merged()).containsExactly(CLAUSE);
            assertThat(report.waiting()).isEmpty();
            assertThat(text(session, "do-no-harm")).contains("Researchers must take every reasonable step")
                    .contains("avoid causing any harm");
            assertThat(session.commands().undoName()).contains("command.mergeOutside");

            session.save();
            assertThat(Files.readString(dir.resolve(CLAUSE))).contains("Researchers must take every reasonable step")
                    .contains("avoid causing any harm");
            assertThat(Files.readString(dir.resolve("clauses/dual-use-awareness.json"))).contains(" Always.");
            assertThat(session.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void theSameWordsChangedOnDiskAndInTheWindowBecomeABracketWithBoth() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            session.execute(new EditText("do-no-harm", text(session, "do-no-harm")
                    .replace("all reasonable steps", "every possible step")));
            rewrite(dir, CLAUSE, "all reasonable steps", "all practicable steps");

            OutsideReport report = session.checkOutside(List.of(CLAUSE));
            assertThat(report.merged()).containsExactly(CLAUSE);
            String merged = text(session, "do-no-harm");
            assertThat(merged).contains("possible").contains("practicable").contains("[");
            session.save();
            assertThat(Files.readString(dir.resolve(CLAUSE))).contains("possible").contains("practicable");
        }
    }

    @Test
    void theThreadABracketOfAnOutsideChangeOpensIsDatedWhenItWasTakenIn() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            java.util.Set<String> before = session.project().threads().getOrDefault("do-no-harm", List.of()).stream()
                    .map(t -> t.id()).collect(java.util.stream.Collectors.toSet());
            java.time.Instant start = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            session.execute(new EditText("do-no-harm", text(session, "do-no-harm")
                    .replace("all reasonable steps", "every possible step")));
            rewrite(dir, CLAUSE, "all reasonable steps", "all practicable steps");

            session.checkOutside(List.of(CLAUSE));
            // a merge made at this site alone: dated now, not with the last version's or thread's time
            assertThat(session.project().threads().get("do-no-harm")).filteredOn(t -> !before.contains(t.id()))
                    .isNotEmpty().allSatisfy(t -> assertThat(t.created()).isAfterOrEqualTo(start));
        }
    }

    @Test
    void aHeadingChangedOnDiskAndInTheWindowWaitsWithBothVersionsKept() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            Clause clause = session.project().clause("do-no-harm").orElseThrow();
            session.update(session.project().withClause(clause.withHeading("Mine: avoiding harm")));
            session.execute(new EditText("dual-use-awareness", text(session, "dual-use-awareness") + " Always."));
            String theirs = rewrite(dir, CLAUSE, "\"Duty to avoid harm\"", "\"Theirs: no harm\"");

            OutsideReport report = session.checkOutside(List.of(CLAUSE));
            assertThat(report.merged()).isEmpty();
            assertThat(report.waiting()).containsExactly(new OutsideChange(CLAUSE, OutsideChange.Kind.CONFLICT, ""));
            assertThatThrownBy(session::save).isInstanceOf(OutsideChangeException.class).hasMessageContaining(CLAUSE);

            assertThat(Files.readString(dir.resolve(CLAUSE))).isEqualTo(theirs);
            assertThat(session.project().clause("do-no-harm").orElseThrow().heading()).isEqualTo("Mine: avoiding harm");
            assertThat(session.hasUnsavedChanges()).isTrue();
            // the other clause's edit was saved
            assertThat(Files.readString(dir.resolve("clauses/dual-use-awareness.json"))).contains(" Always.");
        }
    }

    @Test
    void aSaveNeverOverwritesAClauseChangedOnDiskEvenUnnoticed() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            session.execute(new EditText("do-no-harm", text(session, "do-no-harm") + " Mine."));
            String theirs = rewrite(dir, CLAUSE, TEXT, "Theirs: researchers must take every reasonable step");

            assertThatThrownBy(session::save).isInstanceOf(OutsideChangeException.class).hasMessageContaining(CLAUSE);
            assertThat(Files.readString(dir.resolve(CLAUSE))).isEqualTo(theirs);
            assertThat(text(session, "do-no-harm")).endsWith(" Mine.");
        }
    }

    @Test
    void aHalfSavedFileIsNamedWithItsLineAndTakenInOnceItReads() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            Path file = dir.resolve(CLAUSE);
            String whole = Files.readString(file).replace(TEXT, "Researchers must take every reasonable step");
            Files.writeString(file, whole.substring(0, whole.length() / 2));

            OutsideReport report = session.checkOutside(List.of(CLAUSE));
            assertThat(report.takenIn()).isEmpty();
            assertThat(report.waiting()).singleElement().satisfies(w -> {
                assertThat(w.kind()).isEqualTo(OutsideChange.Kind.INVALID);
                assertThat(w.path()).isEqualTo(CLAUSE);
                assertThat(w.detail()).matches("\\d+:\\d+: .+");
            });
            assertThat(text(session, "do-no-harm")).contains(TEXT);

            Files.writeString(file, whole);
            report = session.checkOutside(List.of(CLAUSE));
            assertThat(report.takenIn()).containsExactly(CLAUSE);
            assertThat(report.waiting()).isEmpty();
            assertThat(text(session, "do-no-harm")).startsWith("Researchers must");
        }
    }

    @Test
    void aClauseFileDeletedOnDiskStaysInTheWindowMarkedAndAnEditWritesItAgain() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            Files.delete(dir.resolve(CLAUSE));
            OutsideReport report = session.checkOutside(null);
            assertThat(report.waiting()).containsExactly(new OutsideChange(CLAUSE, OutsideChange.Kind.DELETED, ""));
            assertThat(session.project().clause("do-no-harm")).isPresent();

            session.execute(new EditText("do-no-harm", text(session, "do-no-harm") + " Kept."));
            session.save();
            assertThat(Files.readString(dir.resolve(CLAUSE))).contains(" Kept.");
            assertThat(session.checkOutside(List.of(CLAUSE)).waiting()).isEmpty();
        }
    }

    @Test
    void aClauseAddedOnDiskThatTheChangedOutlineListsIsTakenIn() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            String copy = Files.readString(dir.resolve(CLAUSE)).replace("\"id\": \"do-no-harm\"", "\"id\": \"pulled\"");
            Files.writeString(dir.resolve("clauses/pulled.json"), copy);
            rewrite(dir, "outline.json", "\"do-no-harm\"", "\"do-no-harm\",\n        \"pulled\"");

            OutsideReport report = session.checkOutside(null);

            assertThat(report.takenIn()).containsExactlyInAnyOrder("clauses/pulled.json", "outline.json");
            assertThat(session.project().outline().clauseIds()).contains("pulled");
            Clause pulled = session.project().clause("pulled").orElseThrow();
            assertThat(pulled.text()).contains(TEXT);
            assertThat(session.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void anOutlineNamingAClauseWhoseFileIsNotThereYetWaits() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            rewrite(dir, "outline.json", "\"do-no-harm\"", "\"do-no-harm\",\n        \"not-yet\"");
            OutsideReport report = session.checkOutside(List.of("outline.json"));
            assertThat(report.takenIn()).isEmpty();
            assertThat(report.waiting()).singleElement().satisfies(w ->
                    assertThat(w.detail()).contains("not-yet"));
            assertThat(session.project().outline().clauseIds()).doesNotContain("not-yet");
        }
    }

    @Test
    void ourOwnSavesAreNotTakenForOutsideChanges() throws Exception {
        Path dir = sample();
        try (ProjectSession session = ProjectSession.open(dir, "Ingrid Solberg")) {
            session.execute(new EditText("do-no-harm", text(session, "do-no-harm") + " Mine."));
            session.save();
            OutsideReport report = session.checkOutside(null);
            assertThat(report.takenIn()).isEmpty();
            assertThat(report.waiting()).isEmpty();
            assertThat(session.commands().undoName()).isNotEqualTo(java.util.Optional.of("command.takeIn"));
        }
    }
}
