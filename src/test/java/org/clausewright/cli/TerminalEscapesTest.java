package org.clausewright.cli;

import org.clausewright.docx.review.BadFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text from a project or a review (clause text, headings, labels, messages, author names, file names) cannot
 * steer the terminal: what the commands print holds no control character but the line breaks and tabs they
 * lay out themselves, and the colours `diff` sets.
 */
class TerminalEscapesTest {
    /** Clear the screen, ring the bell, go back to the line's start, erase a character, reverse the line. */
    private static final String HOSTILE = "\u001B[2J\u0007\r\b\u202E";
    private static final String SHOWN = "\\e[2J\\x07\\r\\x08\\u202e";
    private static final Pattern RAW = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void sample() {
        dir = temp.resolve("model-code");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
    }

    @Test
    void diffAndLogShowControlCharactersFromTheProjectAsEscapes() throws Exception {
        Path clause = dir.resolve("clauses/do-no-harm.json");
        String json = Files.readString(clause);
        Files.writeString(clause, json.replace("Scientists", "Scientists" + jsonEscaped(HOSTILE))
                .replace("\"heading\": \"", "\"heading\": \"" + jsonEscaped("\u001B]0;owned\u0007")));
        assertThat(Files.readString(clause)).as("the edit took").isNotEqualTo(json);
        CliRun record = CliRun.of("record", dir.toString(), "--label", "Draft" + HOSTILE, "--message",
                "Fixed\u001B[31m", "--author", "Eve\u202E");
        assertThat(record.exit()).as(record.err()).isZero();

        CliRun log = CliRun.of("log", dir.toString());
        assertThat(log.exit()).isZero();
        assertThat(log.out().split("\n")[0]).contains("Eve\\u202e Draft" + SHOWN + " — Fixed\\e[31m");
        assertNoRawControls(log.out());

        CliRun plain = CliRun.of("diff", dir.toString(), "Working draft 4", "Draft" + HOSTILE, "--colour", "never");
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("{+" + SHOWN + "+}", "\\e]0;owned\\x07", "with \"Draft" + SHOWN);
        assertNoRawControls(plain.out());

        CliRun coloured = CliRun.of("diff", dir.toString(), "Working draft 4", "working", "--colour", "always");
        assertThat(coloured.out()).contains("\u001B[32m").contains(SHOWN);
        assertNoRawControls(coloured.out().replaceAll("\u001B\\[(0|31|32)m", ""));
    }

    @Test
    void validateImportReviewExportAndErrorsShowThemEscapedToo() throws Exception {
        Path clause = dir.resolve("clauses/do-no-harm.json");
        String json = Files.readString(clause);
        // a status as a schema-1 file stores it, with a value no schema allows
        Files.writeString(clause, json.replaceFirst("\"schemaVersion\": 2,", java.util.regex.Matcher.quoteReplacement(
                "\"schemaVersion\": 1,\n  \"status\": \"agreed" + jsonEscaped(HOSTILE) + "\",")));
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).contains("agreed" + SHOWN);
        assertNoRawControls(validate.out());
        Files.writeString(clause, json);

        byte[] review = BadFiles.replacing("word/comments.xml", xml -> new String(xml, StandardCharsets.UTF_8)
                .replace("Please circulate to all members.", "Please circulate&#13;\u202E to all members.")
                .getBytes(StandardCharsets.UTF_8));
        Path reviewed = BadFiles.write(temp, "review\u001B[2J.docx", review);
        CliRun imported = CliRun.of("import-review", dir.toString(), reviewed.toString(), "--author", "Li\u0007");
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Please circulate\\r\\u202e to all members.", "review\\e[2J.docx");
        assertNoRawControls(imported.out());

        CliRun export = CliRun.of("export", dir.toString(), "-o", temp.resolve("draft\u001B[2J.docx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("draft\\e[2J.docx");
        assertNoRawControls(export.out());

        CliRun missing = CliRun.of("log", temp.resolve("gone" + HOSTILE).toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("gone" + SHOWN);
        assertNoRawControls(missing.err());
        CliRun badVersion = CliRun.of("diff", dir.toString(), "no\u001B[2J", "working");
        assertThat(badVersion.err()).contains("no\\e[2J");
        assertNoRawControls(badVersion.err());
    }

    private static void assertNoRawControls(String output) {
        assertThat(RAW.matcher(output).find()).as("a raw control character in:\n%s", output).isFalse();
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
