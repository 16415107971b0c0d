package org.clausewright.docx;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts the export writes as markup are the same, byte for byte, however they reach the zip: the digests in
 * parts-sha256.txt were taken from the exports of session 21's writer (footnotes and comments saved through POI's
 * part streams, the body alone deflated beside the writing). Only the document properties are left out: they hold
 * the time of the export.
 */
class PartsUnchangedTest {

    @Test
    void aBracketedDraftWithCommentsAndItsCompilationHasTheSameParts() throws IOException {
        Project project = new SyntheticProject(11L).generate(4, 300, 400, 700);
        ExportOptions options = ExportOptions.plain().withComments(CommentScope.ALL).withCompilation(true)
                .withStatusColours(true);
        assertThat(digests(Fixtures.export(Fixtures.request(project, null, options))))
                .isEqualTo(expected("compilation"));
    }

    @Test
    void theSmallDraftWithEverythingInArabicHasTheSameParts() throws IOException {
        ExportOptions options = new ExportOptions(CommentScope.ALL, true, true, "DRAFT", true,
                Locale.forLanguageTag("ar")).withCompilation(true);
        assertThat(digests(Fixtures.export(Fixtures.request(Fixtures.after(), Fixtures.baseline(), options))))
                .isEqualTo(expected("small-ar"));
    }

    private static Map<String, String> digests(byte[] docx) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().startsWith("docProps/")) {
                    digests.put(e.getName(), sha256(zip.readAllBytes()));
                }
            }
        }
        return digests;
    }

    private static Map<String, String> expected(String export) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (InputStream in = PartsUnchangedTest.class.getResourceAsStream("parts-sha256.txt")) {
            assertThat(in).as("parts-sha256.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.strip().split(" ");
                if (fields.length == 3 && fields[0].equals(export)) {
                    digests.put(fields[1], fields[2]);
                }
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
