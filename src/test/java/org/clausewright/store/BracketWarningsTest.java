package org.clausewright.store;

import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10 item 9 (validate side): an unbalanced bracket is a warning at the bracket itself. */
class BracketWarningsTest {
    @TempDir
    Path dir;

    @Test
    void eachUnbalancedBracketIsPlacedAtItsCharacterInTheFile() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path file = dir.resolve("clauses/report-concerns.json");
        // written by hand as one string: escapes, a CRLF and a character beyond U+FFFF before the brackets
        Files.writeString(file, "{\"schemaVersion\": 1, \"id\": \"report-concerns\", \"heading\": \"R\",\n"
                + "  \"text\": \"\\\"Quoted\\\" \\ud83d\\ude00 and \ud83d\ude00 one]\\r\\ntwo [three\"}\n");
        Project project = ProjectReader.read(new ProjectFolder(dir)).orThrow();

        assertThat(BracketWarnings.of(new ProjectFolder(dir), project)).extracting(Problem::toString).containsExactly(
                "clauses/report-concerns.json:2:45: a closing bracket `]` has no opening `[` before it",
                "clauses/report-concerns.json:2:54: an opening bracket `[` is never closed");
        String line = Files.readAllLines(file).get(1);
        assertThat(line.codePointAt(line.offsetByCodePoints(0, 44))).isEqualTo(']');
        assertThat(line.codePointAt(line.offsetByCodePoints(0, 53))).isEqualTo('[');
    }

    @Test
    void balancedTextsGiveNoWarning() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Project project = ProjectReader.read(new ProjectFolder(dir)).orThrow();
        assertThat(BracketWarnings.of(new ProjectFolder(dir), project)).isEmpty();
    }
}
