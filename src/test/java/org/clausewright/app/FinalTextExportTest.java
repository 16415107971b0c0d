package org.clausewright.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;
import org.clausewright.docx.ExportReport;
import org.clausewright.pdf.PdfConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Final text": the sample exported with the changes since its first draft accepted. The Word file holds no
 * revision mark and exactly the text Word's "Accept all" gives of the export that shows them; the PDF made from
 * it has no struck words. Brackets are not changes: their footnotes stay.
 */
class FinalTextExportTest {
    private static final String FIRST = "Working draft 1";
    /** A clause heading removed since the first draft, and one added: a deletion and an insertion to look for. */
    private static final String DELETED = "Continuing professional development";
    private static final String INSERTED = "Responding to concerns raised by others";
    private static final Pattern RUN_TEXT = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>");
    @TempDir
    static Path temp;
    private static Path sample;
    private static PdfConverter converter;

    @BeforeAll
    static void start() throws Exception {
        sample = temp.resolve("sample");
        BundledSample.install(sample);
        converter = PdfConverter.start(PdfExport.officeHome(), PdfConverter.DEFAULT_LIMIT);
    }

    @AfterAll
    static void stop() {
        converter.close();
        assertThat(OfficeProcesses.ours()).as("LibreOffice processes left running").isEmpty();
    }

    private static ExportSettings compared(boolean finalText) {
        return new ExportSettings(null, FIRST, CommentScope.OPEN, true, false, null, false, Locale.ENGLISH, false,
                TextForm.BRACKETED, false, null, finalText);
    }

    private static String bodyXml(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getDocument().getBody().xmlText();
        }
    }

    /** The body's text as "Accept all" leaves it: every w:t (inserted or not), no w:delText. */
    private static String accepted(String xml) {
        StringBuilder text = new StringBuilder();
        Matcher m = RUN_TEXT.matcher(xml);
        while (m.find()) {
            text.append(m.group(1));
        }
        return text.toString();
    }

    @Test
    void theWordFileHasNoRevisionMarksAndTheTextAcceptAllGives() throws Exception {
        Path tracked = temp.resolve("tracked.docx");
        ExportReport shown = Export.toWord(sample, tracked, compared(false), "Test");
        assertThat(shown.insertions()).isPositive();
        assertThat(shown.deletions()).isPositive();
        Path finalFile = temp.resolve("final.docx");
        ExportReport report = Export.toWord(sample, finalFile, compared(true), "Test");

        assertThat(report.revisions()).isZero();
        String xml = bodyXml(finalFile);
        assertThat(xml).doesNotContain("<w:ins ", "<w:del ", "<w:delText", "<w:moveFrom", "<w:moveTo");
        String text = accepted(xml);
        assertThat(text).contains(INSERTED).doesNotContain(DELETED);
        // brackets are not changes: the footnote saying who stands where is still printed
        try (InputStream in = Files.newInputStream(finalFile); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getFootnotes()).isNotEmpty();
        }
        // the whole body is the tracked export with its changes accepted, bar the cover's line announcing them
        String trackedText = accepted(bodyXml(tracked))
                .replace("Changes since " + FIRST + " are shown as tracked changes.", "");
        assertThat(text).isEqualTo(trackedText);
    }

    @Test
    void thePdfShowsTheAcceptedTextWithNoStruckWords() throws Exception {
        Path tracked = temp.resolve("tracked.pdf");
        PdfExport.toPdf(sample, tracked, compared(false), "Test", false, converter);
        Path finalPdf = temp.resolve("final.pdf");
        PdfExport.toPdf(sample, finalPdf, compared(true), "Test", false, converter);
        String shown = text(tracked);
        String clean = text(finalPdf);
        assertThat(shown).as("the tracked PDF draws the deleted heading, struck").contains(DELETED);
        assertThat(clean).contains(INSERTED).doesNotContain(DELETED, "shown as tracked changes");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
