package org.clausewright.docx;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The body's markup deflated beside the writing reaches the file whole, in order, with the right checksum. */
class DeflatedPartTest {

    @Test
    void piecesInEveryScriptComeOutInOrderWithTheirSizeAndChecksum() throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        String[] words = {"plain ascii <w:t>", "caf\u00e9 na\u00efve", "\u201cshall\u201d \u2192 agreed",
                "\u0627\u0644\u0645\u062f\u0648\u0646\u0629", "\u7b2c\u4e00\u6761", "emoji \uD83D\uDE00 pair", ""};
        for (int i = 0; i < 400; i++) {
            StringBuilder piece = new StringBuilder();
            for (int k = 0; k <= i % 50; k++) {
                piece.append(words[(i + k) % words.length]).append(i * 31 + k);
            }
            pieces.add(piece.toString());
            expected.append(piece);
        }
        byte[] zip;
        try (DeflatedPart part = new DeflatedPart()) {
            for (String p : pieces.subList(0, pieces.size() - 1)) {
                part.add(new StringBuilder(p));
            }
            part.finish(pieces.get(pieces.size() - 1));
            zip = zipped(part, "word/document.xml");
            assertThat(part.size()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8).length);
        }
        // java.util.zip checks the entry's CRC-32 and size against what it inflates
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("word/document.xml");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        }
    }

    @Test
    void longPiecesAreEncodedAsStringEncodesThemAcrossTheEncodersStretches() throws IOException {
        // pieces far longer than the stretch the encoder takes at once: surrogate pairs fall on every kind of
        // boundary, and unpaired surrogates become "?" as String's own encoder writes them, a piece at a time
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 100_000; i++) {
            text.append("x".repeat(i % 7)).append("\uD83D\uDE00").append(i % 13 == 0 ? "\uD800 " : "")
                    .append("\u0627<w:t>");
        }
        String pairs = "\uD83D\uDE00".repeat(30_000);
        // pairs only, from an even and an odd offset: one of the two has a pair across any boundary
        List<String> pieces = List.of(text + "\uDBFF", "\uDC00" + text, pairs, "x" + pairs);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        pieces.forEach(p -> expected.writeBytes(p.getBytes(StandardCharsets.UTF_8)));
        byte[] zip;
        try (DeflatedPart part = new DeflatedPart()) {
            pieces.forEach(p -> part.add(new StringBuilder(p)));
            part.finish("");
            zip = zipped(part, "word/document.xml");
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            assertThat(in.readAllBytes()).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void aDeflatedPiecesBuilderIsHandedOutAgainEmpty() throws IOException {
        try (DeflatedPart part = new DeflatedPart()) {
            StringBuilder piece = new StringBuilder("<w:p/>");
            part.add(piece);
            part.finish("</w:body>");
            assertThat(part.nextPiece(16)).isSameAs(piece).isEmpty();
            assertThat(part.nextPiece(16)).isNotSameAs(piece);
        }
    }

    @Test
    void aStretchDeflatedApartAndJoinedInReadsAsOneStreamWithOneChecksum() throws IOException {
        // the draft, then the annex deflated on a part of its own, then the body's end: one entry whose
        // inflated text, size and CRC-32 (checked by java.util.zip) are those of the three one after the other
        String draft = "<w:p><w:r><w:t>\u201cshall\u201d</w:t></w:r></w:p>".repeat(20_000);
        String annex = "<w:tr><w:tc><w:p><w:r><w:t>\u0627\u0644\u0645\u062f\u0648\u0646\u0629 NOR</w:t></w:r></w:p></w:tc></w:tr>"
                .repeat(30_000);
        String tail = "<w:sectPr/></w:body></w:document>";
        byte[] zip;
        try (DeflatedPart body = new DeflatedPart(); DeflatedPart stretch = new DeflatedPart()) {
            body.add(StreamedDocument.HEAD);
            body.add(new StringBuilder(draft.substring(0, draft.length() / 2)));
            body.add(new StringBuilder(draft.substring(draft.length() / 2)));
            stretch.add(new StringBuilder(annex.substring(0, 1000)));
            stretch.add(new StringBuilder(annex.substring(1000)));
            stretch.endStretch();
            body.join(stretch);
            body.finish(tail);
            zip = zipped(body, "word/document.xml");
        }
        String expected = StreamedDocument.HEAD + draft + annex + tail;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void aStretchCanStandFirstOrLastOrBeEmpty() throws IOException {
        for (String[] parts : new String[][]{{"", "annex", "end"}, {"draft", "", "end"}, {"draft", "annex", ""}}) {
            byte[] zip;
            try (DeflatedPart body = new DeflatedPart(); DeflatedPart stretch = new DeflatedPart()) {
                body.add(parts[0]);
                stretch.add(parts[1]);
                stretch.endStretch();
                body.join(stretch);
                body.finish(parts[2]);
                zip = zipped(body, "part.xml");
            }
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                in.getNextEntry();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(String.join("", parts));
            }
        }
    }

    @Test
    void checksumsCombineAsTheChecksumOfTheWhole() {
        java.util.Random random = new java.util.Random(11);
        for (int length1 : new int[]{0, 1, 7, 1000, 65_537}) {
            for (int length2 : new int[]{0, 1, 3, 4096, 1_000_003}) {
                byte[] a = new byte[length1];
                byte[] b = new byte[length2];
                random.nextBytes(a);
                random.nextBytes(b);
                java.util.zip.CRC32 whole = new java.util.zip.CRC32();
                whole.update(a);
                whole.update(b);
                java.util.zip.CRC32 first = new java.util.zip.CRC32();
                first.update(a);
                java.util.zip.CRC32 second = new java.util.zip.CRC32();
                second.update(b);
                assertThat(DeflatedPart.combine(first.getValue(), second.getValue(), length2))
                        .as("%d + %d bytes", length1, length2).isEqualTo(whole.getValue());
            }
        }
    }

    @Test
    void aCompilationOfManyPiecesIsReadWholeByPoi() throws IOException {
        // 600 clauses with 1,500 brackets of three options: a body of several pieces of about a megabyte
        Project project = new SyntheticProject(7L).generate(6, 600, 0, 1500);
        byte[] docx = Fixtures.export(Fixtures.request(project, null, ExportOptions.plain().withCompilation(true)));
        String xml = WordExportTest.zipEntry(docx, "word/document.xml");
        assertThat(xml.length()).isGreaterThan(3 << 20);
        assertThat(xml).startsWith(StreamedDocument.HEAD).endsWith("</w:sectPr></w:body></w:document>");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            long optionRows = doc.getTables().stream().skip(1).filter(t -> t.getText().startsWith("Bracket"))
                    .mapToLong(t -> t.getRows().size() - 1).sum();
            assertThat(optionRows).isEqualTo(project.clauses().values().stream()
                    .flatMap(c -> c.brackets().stream()).mapToLong(b -> b.options().size()).sum());
            assertThat(doc.getBodyElements().get(doc.getBodyElements().size() - 1)).isNotNull();
        }
    }

    /** A zip of the finished part as its one entry, written raw as the export writes it. */
    private static byte[] zipped(DeflatedPart part, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            z.addRawArchiveEntry(part.entry(name), part.deflated());
        }
        return out.toByteArray();
    }
}
