package org.clausewright.store;

import org.clausewright.command.CleanBracket;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values a newer Clausewright may write under keys this one knows (a status, a thread kind, a bracket state, a
 * decision kind): read, handled as the nearest known value, shown as written, and written back unchanged.
 */
class UnknownValuesTest {
    @TempDir
    Path dir;

    private Path clause;
    private Path annotations;

    @BeforeEach
    void newerFiles() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        clause = dir.resolve("clauses/duty-of-care.json");
        annotations = dir.resolve("annotations/duty-of-care.json");
        Files.writeString(clause, Files.readString(clause)
                .replace("\"state\": \"open\"", "\"state\": \"suspended\"")
                .replace("\"kind\": \"status\"", "\"kind\": \"status-proposed\"")
                .replace("\"to\": \"under-discussion\"", "\"to\": \"agreed-in-principle\""));
        Files.writeString(annotations, Files.readString(annotations)
                .replace("\"kind\": \"question\"", "\"kind\": \"proposal\""));
    }

    @Test
    void unknownValuesAreWarningsAndComeBackUnchanged() throws Exception {
        byte[] clauseBefore = Files.readAllBytes(clause);
        byte[] annotationsBefore = Files.readAllBytes(annotations);
        ReadResult read = ProjectReader.read(new ProjectFolder(dir));
        assertThat(read.problems()).isEmpty();
        assertThat(read.kept()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("`state` \"suspended\" is not a value this version knows (kept as is; "
                        + "written by a newer Clausewright?)"))
                .anyMatch(m -> m.startsWith("`kind` \"status-proposed\""))
                .anyMatch(m -> m.startsWith("`to` \"agreed-in-principle\""))
                .anyMatch(m -> m.startsWith("`kind` \"proposal\""));

        Project project = read.project();
        Clause duty = project.clause("duty-of-care").orElseThrow();
        assertThat(duty.unknownStatus()).contains("agreed-in-principle");
        assertThat(duty.status()).isEqualTo(ClauseStatus.UNDER_DISCUSSION);
        Bracket bracket = duty.brackets().get(0);
        assertThat(bracket.unknownState()).contains("suspended");
        assertThat(bracket.state()).isEqualTo(BracketState.OPEN);
        AnnotationThread thread = project.threadsOf("duty-of-care").get(0);
        assertThat(thread.unknownKind()).contains("proposal");
        assertThat(thread.kind()).isEqualTo(AnnotationKind.COMMENT);

        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        assertThat(Files.readAllBytes(clause)).isEqualTo(clauseBefore);
        assertThat(Files.readAllBytes(annotations)).isEqualTo(annotationsBefore);
    }

    @Test
    void aMemberWhoChangesTheFieldWritesAKnownValue() throws Exception {
        Project read = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        String bracketId = read.clause("duty-of-care").orElseThrow().brackets().get(0).id();
        Project cleaned = new CleanBracket("duty-of-care", bracketId, 0, new Negotiation.Context(
                Instant.parse("2026-04-01T10:00:00Z"), "Amina Diallo", "", "", "")).apply(read);
        new ProjectWriter(new ProjectFolder(dir)).save(read, cleaned);
        String written = Files.readString(clause);
        assertThat(written).contains("\"state\": \"cleaned\"").doesNotContain("suspended")
                // the older decisions keep what they said
                .contains("\"kind\": \"status-proposed\"").contains("\"to\": \"agreed-in-principle\"");
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).isEmpty();
    }
}
