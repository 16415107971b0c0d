package org.clausewright.docx.review;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.clausewright.store.ReadResult;
import org.clausewright.cli.ImportReviewCommandTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged or hostile file either imports or is refused with one sentence, and what it leaves is sound: the
 * project folder byte for byte unchanged when it is refused, and a project the reader reads without problems
 * when it imports. (ReviewMutationCampaign does the same through the whole command on 2,000 files.)
 */
class ReviewFuzzProperties {
    private static byte[] review;
    private static String documentXml;
    private static Project sample;
    private static Path dir;
    private static Path project;
    private static String before;

    @BeforeContainer
    static void load() throws Exception {
        review = BadFiles.review();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(review))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    documentXml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        sample = ProjectReader.read(new ProjectFolder(Path.of("resources/sample/v4"))).orThrow();
        dir = Files.createTempDirectory("review-fuzz");
        project = dir.resolve("project");
        new ProjectWriter(new ProjectFolder(project)).writeAll(sample);
        before = ImportReviewCommandTest.hash(project);
    }

    @Property(tries = 150)
    void mutatedBytesImportOrAreRefused(@ForAll("byteEdits") List<int[]> edits) throws Exception {
        byte[] bytes = review.clone();
        for (int[] edit : edits) {
            int at = edit[0] % bytes.length;
            bytes[at] = (byte) edit[1];
        }
        importOrRefuse(BadFiles.write(dir, "mutated.docx", bytes));
    }

    @Property(tries = 150)
    void mutatedXmlImportsOrIsRefused(@ForAll("xmlEdits") List<int[]> edits) throws Exception {
        StringBuilder xml = new StringBuilder(documentXml);
        String[] inserts = {"<", ">", "&", "<w:p>", "</w:p>", "<w:del w:author=\"X\">", "</w:ins>",
                "<w:commentRangeStart w:id=\"0\"/>", "<w:bookmarkStart w:id=\"9\" w:name=\"_cw_\"/>", "\u0000", "]]>",
                "<!DOCTYPE x>", "&x;", "<w:t>", "</w:r>"};
        for (int[] edit : edits) {
            int at = edit[0] % (xml.length() + 1);
            if (edit[1] % 3 == 0 && at < xml.length()) {
                xml.delete(at, Math.min(xml.length(), at + edit[2] % 40));
            } else {
                xml.insert(at, inserts[edit[2] % inserts.length]);
            }
        }
        byte[] bytes = BadFiles.replacing("word/document.xml", b -> xml.toString().getBytes(StandardCharsets.UTF_8));
        importOrRefuse(BadFiles.write(dir, "mutated-xml.docx", bytes));
    }

    private static void importOrRefuse(Path file) throws Exception {
        Project working = ProjectReader.read(new ProjectFolder(project)).orThrow();
        ReviewPlan plan;
        try {
            plan = ReviewImporter.plan(ReviewReader.read(file), working, null);
        } catch (ReviewFileException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName().toString()).doesNotContain("\n");
            assertThat(ImportReviewCommandTest.hash(project)).isEqualTo(before);
            return;
        }
        Path after = Files.createTempDirectory(dir, "imported");
        new ProjectWriter(new ProjectFolder(after)).writeAll(plan.applyTo(working));
        ReadResult read = ProjectReader.read(new ProjectFolder(after));
        assertThat(read.problems()).isEmpty();
        assertThat(read.project().threadCount() + read.project().unplaced().size())
                .isEqualTo(working.threadCount() + working.unplaced().size() + plan.comments() + plan.suggestions());
        assertThat(ImportReviewCommandTest.hash(project)).isEqualTo(before);
    }

    @Provide
    Arbitrary<List<int[]>> byteEdits() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(2)
                .map(a -> new int[]{a[0], a[1] & 0xff}).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<int[]>> xmlEdits() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3)
                .list().ofMinSize(1).ofMaxSize(8);
    }
}
