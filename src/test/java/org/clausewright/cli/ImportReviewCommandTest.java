package org.clausewright.cli;

import org.clausewright.docx.review.BadFiles;
import org.clausewright.model.TextLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** `clausewright import-review` on the sample, with reviews written by LibreOffice and pandoc. */
public class ImportReviewCommandTest {
    private static final String RESOURCES = "/org/clausewright/docx/review/";

    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void sample() {
        dir = temp.resolve("model-code");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
    }

    private Path resource(String name, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RESOURCES + name)) {
            Path file = temp.resolve(as);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void aLibreOfficeReviewWithoutBookmarksLandsOnTheRightClausesOnce() throws Exception {
        Path review = resource("sample-review-libreoffice.docx", "review.docx");
        CliRun run = CliRun.of("import-review", dir.toString(), review.toString(), "--author", "Amina Diallo");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Review from review.docx: 5 comments, 4 suggestions")
                .contains("1.2.1  Duty to avoid harm  [do-no-harm]",
                        "  + comment by Ingrid Solberg on “Scientists should”: “Must” is stronger.",
                        "  + suggestion by Ingrid Solberg: “readily” → “reasonably”",
                        "3.2.1  Duty to report concerns  [duty-to-report]",
                        "5.1  Biosafety and biosecurity management  [biosafety-management]",
                        "Unplaced (1)", "Please circulate to all members.");
        assertThat(Files.readString(dir.resolve("annotations/do-no-harm.json"))).contains("“Must” is stronger.");
        assertThat(Files.readString(dir.resolve("unplaced.json"))).contains("\"source\": \"review.docx\"");
        List<String> log = log();
        assertThat(log.get(0)).contains("Review from review.docx: 5 comments, 4 suggestions");
        assertThat(log.get(1)).contains("Checkpoint before importing review.docx");

        String before = hash(dir);
        CliRun again = CliRun.of("import-review", dir.toString(), review.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Nothing new", "9 items already in the project");
        assertThat(hash(dir)).isEqualTo(before);
    }

    @Test
    void theSamplesOwnExportResavedByLibreOfficeChangesNothing() throws Exception {
        String before = hash(dir);
        CliRun run = CliRun.of("import-review", dir.toString(),
                resource("sample-export-libreoffice.docx", "draft.docx").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Exported from version", "Nothing new", "18 items already in the project");
        assertThat(hash(dir)).isEqualTo(before);
    }

    @Test
    void anExportWithTrackedChangesSinceAnEarlierVersionComesBackAsNothingNew() throws Exception {
        String before = hash(dir);
        CliRun run = CliRun.of("import-review", dir.toString(),
                resource("sample-export-compare-libreoffice.docx", "cmp.docx").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Nothing new", "21 tracked changes already in the text");
        assertThat(hash(dir)).isEqualTo(before);
    }

    @Test
    void aDryRunPrintsTheReportAndChangesNothing() throws Exception {
        String before = hash(dir);
        CliRun run = CliRun.of("import-review", dir.toString(),
                resource("sample-review-libreoffice.docx", "review.docx").toString(), "--dry-run");
        assertThat(run.out()).contains("5 comments, 4 suggestions", "Dry run: nothing was changed.");
        assertThat(hash(dir)).isEqualTo(before);
    }

    @Test
    void aReviewWrittenByPandocImportsLikeTheLibreOfficeOne() throws Exception {
        Path md = resource("sample-review.md", "review.md");
        Path docx = temp.resolve("pandoc-review.docx");
        pandoc(md, docx);
        CliRun run = CliRun.of("import-review", dir.toString(), docx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Review from pandoc-review.docx: 5 comments, 4 suggestions")
                .contains("  + suggestion by Ingrid Solberg: “work” → “work and inform their institution”",
                        "  + suggestion by Ingrid Solberg: “procedures.” → “procedures. Institutions should audit");
    }

    @Test
    void everyBadFileIsRefusedInOneLineAndTheProjectIsByteForByteUnchanged() throws Exception {
        String before = hash(dir);
        Path bad = Files.createDirectories(temp.resolve("bad"));
        for (Path file : List.of(BadFiles.notADocx(bad), BadFiles.encrypted(bad), BadFiles.zipBomb(bad),
                BadFiles.withDoctype(bad), BadFiles.oversized(bad), BadFiles.truncated(bad))) {
            CliRun run = CliRun.of("import-review", dir.toString(), file.toString());
            assertThat(run.exit()).as(file.toString()).isEqualTo(1);
            assertThat(run.err().strip()).startsWith("clausewright: " + file.getFileName()).doesNotContain("\n");
            assertThat(hash(dir)).as(file.toString()).isEqualTo(before);
        }
    }

    @Test
    void aReviewWithACommentPastTheTextLimitIsRefusedEvenInADryRunAndTheProjectStaysReadable() throws Exception {
        String before = hash(dir);
        Path file = temp.resolve("long.docx");
        Files.write(file, BadFiles.withLongComment(TextLimits.MAX_TEXT_CHARS + 1));
        for (String dryRun : List.of("--dry-run", "--author=Amina Diallo")) {
            CliRun run = CliRun.of("import-review", dir.toString(), file.toString(), dryRun);
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err().strip()).startsWith("clausewright: long.docx was refused: the comment by Ingrid Solberg")
                    .contains("more than a text in a project may have").doesNotContain("\n");
            assertThat(run.out()).isEmpty();
            assertThat(hash(dir)).isEqualTo(before);
        }
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
    }

    private List<String> log() {
        return List.of(CliRun.of("log", dir.toString()).out().split("\n"));
    }

    private static void pandoc(Path md, Path docx) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pandoc", md.toString(), "-o", docx.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("pandoc is not installed, and this test writes its review with it: install it (Debian and Ubuntu:"
                    + " apt-get install pandoc; macOS: brew install pandoc); .ci/run installs it on CI");
            return;
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }

    /** Every file of the folder, its history included, as one digest. */
    public static String hash(Path dir) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
