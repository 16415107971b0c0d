package org.clausewright.store;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.clausewright.model.TextLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9 item 2: whatever the writer writes, the reader reads; a text past the shared limit is refused first. */
class TextLimitTest {
    private static final int LIMIT = TextLimits.MAX_TEXT_CHARS;

    @TempDir
    Path dir;

    @Test
    void aClauseAndACommentAtExactlyTheLimitWriteAndReadBackHoweverTheyAreEscaped() throws Exception {
        // plain letters; control characters, which the file holds as six-character escapes; characters
        // beyond U+FFFF, two chars each
        for (String unit : List.of("a", "\u0001", "\uD83D\uDE00")) {
            String text = unit.repeat(LIMIT / unit.length());
            assertThat(text).hasSize(LIMIT);
            Project before = TestProjects.small();
            Clause clause = before.clause("report-concerns").orElseThrow().withText(text);
            AnnotationThread comment = AnnotationThread.open("t-00000009", TextAnchor.wholeClause(),
                    AnnotationKind.COMMENT, "Reviewer", Instant.parse("2026-01-05T10:00:00Z"), text);
            Project after = before.withClause(clause).withThreads("report-concerns", List.of(comment));
            new ProjectWriter(new ProjectFolder(dir)).writeAll(after);

            ReadResult read = ProjectReader.read(new ProjectFolder(dir));
            assertThat(read.problems()).as("unit U+%04X", (int) unit.charAt(0)).isEmpty();
            assertThat(read.project().clause("report-concerns").orElseThrow().text()).isEqualTo(text);
            assertThat(read.project().threadsOf("report-concerns").get(0).text()).isEqualTo(text);
        }
    }

    @Test
    void aClauseTextOverTheLimitIsRefusedBeforeAnyFileChanges() throws Exception {
        Project before = TestProjects.small();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(before);
        Map<String, byte[]> onDisk = snapshot();
        // a new clause (written first, were anything written) and a clause one char over the limit
        Project after = before.withClause(Clause.of("new-clause", "New", "Fine."))
                .withClause(before.clause("report-concerns").orElseThrow().withText("x".repeat(LIMIT + 1)));

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir)).save(before, after))
                .isInstanceOf(TextTooLongException.class)
                .hasMessage("clause \"report-concerns\": `text` is 1,000,001 characters long; a field holds at "
                        + "most 1,000,000: shorten it (nothing was saved)");
        assertThat(snapshot()).as("the folder, byte for byte").containsExactlyInAnyOrderEntriesOf(onDisk);
    }

    @Test
    void aCommentOverTheLimitIsRefusedBeforeAnyFileChangesNamingTheThread() throws Exception {
        Project before = TestProjects.small();
        new ProjectWriter(new ProjectFolder(dir)).writeAll(before);
        Map<String, byte[]> onDisk = snapshot();
        AnnotationThread huge = AnnotationThread.open("t-00000009", TextAnchor.wholeClause(), AnnotationKind.COMMENT,
                "Reviewer", Instant.parse("2026-01-05T10:00:00Z"), "y".repeat(22_000_000));
        Project after = before.withClause(before.clause("report-concerns").orElseThrow().withText("Changed."))
                .withThreads("report-concerns", List.of(huge));

        assertThatThrownBy(() -> new ProjectWriter(new ProjectFolder(dir)).writeAll(after))
                .isInstanceOf(TextTooLongException.class)
                .hasMessageStartingWith("thread \"t-00000009\" on clause \"report-concerns\": `text` is 22,000,000 "
                        + "characters long; a field holds at most 1,000,000");
        assertThat(snapshot()).containsExactlyInAnyOrderEntriesOf(onDisk);
    }

    @Test
    void aTextOverTheLimitWrittenByHandIsAProblemAtItsPlace() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path file = dir.resolve("clauses/report-concerns.json");
        String written = Files.readString(file);
        Files.writeString(file, written.replace("\"rationale\": \"\"", "\"rationale\": \"" + "z".repeat(LIMIT + 5) + "\""));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .containsExactly("clauses/report-concerns.json:10:3: `rationale` is 1,000,005 characters long; a field "
                        + "holds at most 1,000,000: shorten it");

        // a paragraph of the list "text": the place is that item's
        Files.writeString(file, written.replaceFirst("\"text\": \\[\n    \"", "\"text\": [\n    \""
                + "z".repeat(LIMIT + 5)));
        long line = written.substring(0, written.indexOf("\"text\": [")).lines().count() + 1;
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                .singleElement().asString().matches("clauses/report-concerns\\.json:" + line + ":5: `text` is "
                        + "1,000,0\\d\\d characters long; a field holds at most 1,000,000: shorten it");

        // past what the reader takes at all: still one plain sentence at the string, not the parser's own words
        Files.writeString(file, written.replace("\"rationale\": \"\"", "\"rationale\": \""
                + "z".repeat(JsonFormat.MAX_STRING_CHARS + 1) + "\""));
        List<Problem> problems = ProjectReader.read(new ProjectFolder(dir)).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("clauses/report-concerns.json:10:16: ")
                .contains("a text here is longer than Clausewright reads").doesNotContain("StreamReadConstraints");
    }

    private Map<String, byte[]> snapshot() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
