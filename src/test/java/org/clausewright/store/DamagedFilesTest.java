package org.clausewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 15: every kind of damaged file gets one line naming the file, line and column, what is
 * wrong and what to do — in the words of the file, never the parser's class or feature names.
 */
class DamagedFilesTest {
    private static final String FILE = "clauses/report-concerns.json";
    /** What a user must never see: the library's names and hints for developers. */
    private static final Pattern DEVELOPER_WORDS = Pattern.compile("(?i)jackson|fasterxml|JsonReadFeature|"
            + "StreamRead|Constraints|Feature|enable|getMax|JsonToken|START_|END_|CTRL-CHAR|\\(code \\d+\\)\\)|"
            + "\\[Source|REDACTED|start marker|Exception|was expecting \\(|JSON String, Number");

    @TempDir
    Path dir;

    @Test
    void eachDamageGetsOnePlainLineAtItsPlace() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path file = dir.resolve(FILE);
        byte[] written = Files.readAllBytes(file);
        String text = new String(written, StandardCharsets.UTF_8);

        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("truncated", Arrays.copyOf(written, written.length / 2));
        damaged.put("trailing garbage", (text + "garbage\n").getBytes(StandardCharsets.UTF_8));
        damaged.put("NaN", edit(text, t -> t.replace("\"schemaVersion\": 2", "\"schemaVersion\": NaN")));
        damaged.put("Infinity", edit(text, t -> t.replace("\"schemaVersion\": 2", "\"schemaVersion\": -Infinity")));
        damaged.put("huge number", edit(text, t -> t.replace("\"schemaVersion\": 2",
                "\"schemaVersion\": 99999999999999999999999")));
        damaged.put("number of 2,000 digits", edit(text, t -> t.replace("\"schemaVersion\": 2",
                "\"schemaVersion\": " + "9".repeat(2_000))));
        damaged.put("fraction", edit(text, t -> t.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1.5")));
        damaged.put("duplicate key", edit(text, t -> t.replace("\"heading\":", "\"heading\": \"Twice\",\n  \"heading\":")));
        damaged.put("deep nesting", edit(text, t -> t.replace("\"tags\": []", "\"tags\": " + "[".repeat(1_500)
                + "]".repeat(1_500))));
        damaged.put("control character in a string", edit(text, t -> t.replace("Reporting concerns",
                "Reporting\u0001concerns")));
        damaged.put("bad escape", edit(text, t -> t.replace("Reporting concerns", "Reporting\\qconcerns")));
        damaged.put("wrong types", edit(text, t -> t.replace("\"heading\": \"Reporting concerns\"", "\"heading\": 12")
                .replace("\"tags\": []", "\"tags\": \"none\"")));
        damaged.put("empty file", new byte[0]);
        damaged.put("only white space", "\n\n  \n".getBytes(StandardCharsets.UTF_8));
        damaged.put("binary junk", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        damaged.put("zeros after a crash", concat(Arrays.copyOf(written, written.length - 10), new byte[64]));
        damaged.put("not UTF-8", edit(text, t -> t.replace("Reporting", "Rep\u00e9rting"), "ISO-8859-1"));
        damaged.put("single quotes", edit(text, t -> t.replace("\"heading\"", "'heading'")));
        damaged.put("comma after the last entry", edit(text, t -> t.replace("\"alternativeOf\": \"\"",
                "\"alternativeOf\": \"\",")));
        damaged.put("comment", edit(text, t -> t.replace("{\n", "{\n  // by hand\n")));
        damaged.put("unquoted word", edit(text, t -> t.replace("\"category\": \"\"", "\"category\": none")));
        damaged.put("missing colon", edit(text, t -> t.replace("\"heading\":", "\"heading\"")));
        damaged.put("braces that do not pair", edit(text, t -> t.replace("\"tags\": []", "\"tags\": [}")));
        damaged.put("text over the reader's limit", edit(text, t -> t.replace("\"rationale\": \"\"",
                "\"rationale\": \"" + "x".repeat(JsonFormat.MAX_STRING_CHARS + 1) + "\"")));

        for (Map.Entry<String, byte[]> damage : damaged.entrySet()) {
            Files.write(file, damage.getValue());
            List<Problem> problems = ProjectReader.read(new ProjectFolder(dir)).problems();
            assertThat(problems).as(damage.getKey()).isNotEmpty();
            for (Problem p : problems) {
                String line = p.toString();
                assertThat(p.path()).as(damage.getKey()).isEqualTo(FILE);
                assertThat(line).as(damage.getKey()).matches(Pattern.quote(FILE) + ":\\d+:\\d+: .+")
                        .doesNotContain("\n").doesNotContain("\r");
                assertThat(p.line()).as(damage.getKey()).isPositive();
                assertThat(p.column()).as(damage.getKey()).isPositive();
                assertThat(DEVELOPER_WORDS.matcher(p.message()).find()).as(damage.getKey() + ": " + line).isFalse();
            }
        }
    }

    @Test
    void theMessagesSayWhatIsWrongInTheFilesTerms() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path file = dir.resolve(FILE);
        String text = Files.readString(file);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(text.replace("\"schemaVersion\": 2", "\"schemaVersion\": 99999999999999999999999"),
                FILE + ":2:3: `schemaVersion` must be a whole number between 0 and 2147483647, not "
                        + "99999999999999999999999");
        expected.put(text.replace("\"schemaVersion\": 2", "\"schemaVersion\": NaN"),
                FILE + ":2:20: `NaN` is not a number a JSON file can hold: write a number such as 0");
        expected.put(text.replace("\"heading\":", "\"heading\": \"Twice\",\n  \"heading\":"),
                FILE + ":5:3: the key `heading` appears twice in the same object: keep one of them");
        expected.put(text.replace("Reporting concerns", "Reporting\u0001concerns"),
                FILE + ":4:24: a control character (code 1) inside a text: write it as \\u0001 or remove it");
        expected.put("", FILE + ":1:1: the file is empty (it may have been cut short): restore it from a version");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Files.writeString(file, e.getKey());
            assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).extracting(Problem::toString)
                    .containsExactly(e.getValue());
        }
    }

    @Test
    void aByteOrderMarkIsReadAsEditorsOnWindowsWriteIt() throws Exception {
        new ProjectWriter(new ProjectFolder(dir)).writeAll(TestProjects.small());
        Path file = dir.resolve(FILE);
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(file)));
        assertThat(ProjectReader.read(new ProjectFolder(dir)).problems()).isEmpty();
    }

    private static byte[] edit(String text, UnaryOperator<String> change) {
        return edit(text, change, "UTF-8");
    }

    private static byte[] edit(String text, UnaryOperator<String> change, String charset) {
        String changed = change.apply(text);
        assertThat(changed).as("the damage applies").isNotEqualTo(text);
        return changed.getBytes(java.nio.charset.Charset.forName(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
