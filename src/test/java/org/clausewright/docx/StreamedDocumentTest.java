package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StreamedDocumentTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * POI's document made with {@code new XWPFDocument()} lives on an in-memory stream of its own, and closing it
     * saved the whole package (the zip of every part, the body included) into that stream, which nobody reads: an
     * export zipped its document twice. Counted in bytes the closing thread allocates, not in time: saving the
     * ~2 MB body below again allocates its zip (over a megabyte); closing without saving allocates next to nothing.
     */
    @Test
    void closingAWrittenDocumentDoesNotZipItAgain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamedDocument document = new StreamedDocument();
        long allocated;
        try (DeflatedPart markup = new DeflatedPart()) {
            markup.add(StreamedDocument.HEAD);
            body(2 << 20).forEach(markup::add);
            document.body(markup);
            document.write(out);
            long before = THREADS.getCurrentThreadAllocatedBytes();
            document.close();
            allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        }

        assertThat(allocated).as("bytes allocated by close()").isLessThan(256 << 10);
        try (XWPFDocument written = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(written.getParagraphs()).hasSizeGreaterThan(1000);
            assertThat(written.getParagraphs().get(0).getText()).startsWith("w");
        }
    }

    /** Paragraphs of seeded random words, which deflate about as poorly as real prose. */
    private static List<String> body(int chars) {
        Random random = new Random(20261203L);
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int written = 0;
        while (written < chars) {
            piece.setLength(0);
            piece.append("<w:p><w:r><w:t>");
            for (int word = 0; word < 40; word++) {
                piece.append('w');
                for (int c = random.nextInt(8); c >= 0; c--) {
                    piece.append((char) ('a' + random.nextInt(26)));
                }
                piece.append(' ');
            }
            piece.append("</w:t></w:r></w:p>");
            written += piece.length();
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
