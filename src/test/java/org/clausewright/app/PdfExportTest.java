package org.clausewright.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportOptions.TextForm;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.pdf.PdfConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample exported to PDF through a real LibreOffice, read back with PDFBox: its pages, every clause heading
 * with its number, the page footer, and PDF/A-2b's identification. One office process serves the whole class
 * (starting one takes seconds); it is stopped at the end and none is left running.
 */
class PdfExportTest {
    /**
     * The sample's default export, in Carlito (Calibri's metrics, fonts-crosextra-carlito), as LibreOffice 7.4 lays it
     * out: seven pages of draft and two of the annex listing its open comments (session 26).
     */
    private static final int SAMPLE_PAGES = 9;
    @TempDir
    static Path temp;
    private static PdfConverter converter;
    private static Path sample;

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

    private static String text(PDDocument pdf, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theSamplesPdfHasItsPagesEveryNumberedHeadingAndTheFooter() throws Exception {
        Path pdf = temp.resolve("draft.pdf");
        PdfExport.toPdf(sample, pdf, ExportSettings.defaults(), "Test", false, converter);
        Project project;
        try (ProjectSession session = ProjectSession.open(sample, "Test")) {
            project = session.project();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(SAMPLE_PAGES);
            String all = text(document, 1, SAMPLE_PAGES);
            var numbering = project.outline().numbering();
            for (String id : project.outline().clauseIds()) {
                String heading = project.clause(id).orElseThrow().heading().replaceAll("\\s+", " ");
                assertThat(all).as(id).contains(numbering.label(id) + " " + heading);
            }
            for (int page = 1; page <= SAMPLE_PAGES; page++) {
                assertThat(text(document, page, page)).contains("Page " + page + " of " + SAMPLE_PAGES);
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(project.info().title());
        }
        assertThat(converter.isRunning()).as("the office kept for the next file").isTrue();
    }

    @Test
    void eachBracketsFootnoteInThePdfSaysWhoStandsWhereOnThatBracket() throws Exception {
        // LibreOffice 7.4 printed the fourth note under the third reference, and so on, when a comment had a
        // footnote's id: the sample's PDF gave a bracket another bracket's delegations
        Path word = Files.createDirectories(temp.resolve("word")).resolve("notes.docx");
        Export.toWord(sample, word, ExportSettings.defaults(), "Test");
        java.util.List<String> notes;
        try (var in = Files.newInputStream(word); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            notes = doc.getFootnotes().stream().filter(f -> !f.getCTFtnEdn().isSetType())
                    .map(f -> f.getParagraphs().get(0).getText().strip().replaceAll("\\s+", " ")).toList();
        }
        assertThat(notes).hasSizeGreaterThan(3);
        Path pdf = temp.resolve("notes.pdf");
        PdfExport.toPdf(sample, pdf, ExportSettings.defaults(), "Test", false, converter);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            for (int n = 1; n <= notes.size(); n++) {
                int at = all.indexOf(notes.get(n - 1));
                assertThat(at).as("footnote %d: %s", n, notes.get(n - 1)).isPositive();
                assertThat(all.substring(Math.max(0, at - 12), at)).as("the number before footnote %d", n)
                        .endsWith(n + " ");
            }
        }
    }

    @Test
    void pdfAOutputDeclaresPart2ConformanceB() throws Exception {
        Path pdf = temp.resolve("archive.pdf");
        PdfExport.toPdf(sample, pdf, ExportSettings.defaults(), "Test", true, converter);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertThat(id).as("pdfaid schema").isNotNull();
            assertThat(id.getPart()).isEqualTo(2);
            assertThat(id.getConformance()).isEqualTo("B");
        }
    }

    @Test
    void theWordExportsOptionsCarryOverToThePdf() throws Exception {
        Path pdf = temp.resolve("compilation.pdf");
        ExportSettings settings = new ExportSettings(null, "Working draft 1", CommentScope.OPEN, true, true, "DRAFT",
                true, Locale.ENGLISH, true, TextForm.BRACKETED, true);
        var report = PdfExport.toPdf(sample, pdf, settings, "Test", false, converter);
        assertThat(report.revisions()).isPositive();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            // the watermark is a shape drawn across the page, not text: the pages were looked at for it
            assertThat(all).contains("Table of contents", "Compilation of proposals", "Colours show where each clause stands",
                    "Committee members", "Changes since Working draft 1 are shown as tracked changes");
            assertThat(document.getNumberOfPages()).isGreaterThan(SAMPLE_PAGES);
        }
        assertThat(Files.list(pdf.getParent()).map(p -> p.getFileName().toString()))
                .as("no Word file left beside the PDF").noneMatch(n -> n.endsWith(".docx"));
    }

    @Test
    void aLongTitleKeepsTheVersionOnItsLineInTheHeader() throws Exception {
        // a title running past the middle of the page pushed the version down to a second header line, at the
        // middle (the header's first tab went to the right-hand stop, the second to the next line's centre)
        Path longTitled = temp.resolve("long-title");
        BundledSample.install(longTitled);
        Path info = longTitled.resolve("project.json");
        String title = "Model Code of Conduct for Biological Scientists, Engineers and Their Institutions";
        Files.writeString(info, Files.readString(info).replace("\"Model Code of Conduct for Biological Scientists\"",
                "\"" + title + "\""));
        Path pdf = temp.resolve("long-title.pdf");
        PdfExport.toPdf(longTitled, pdf, ExportSettings.defaults(), "Test", false, converter);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            java.util.List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
            String header = lines.stream().filter(l -> l.startsWith(title)).findFirst().orElseThrow();
            assertThat(header).as("the header line: %s", lines.subList(0, 3)).matches(
                    java.util.regex.Pattern.quote(title) + " +\\S.*");
        }
    }

    @Test
    void aChineseDraftsLatinWordsAreBrokenOnlyBetweenWords() throws Exception {
        // a Chinese draft's English words (names, English comments, a Latin term) were tagged Chinese, and LibreOffice
        // broke them as it breaks Chinese, between any two letters: "no ju" / "stification", "Asante-Men" / "sah"
        Path chinese = EditedSample.withProjectFile(temp.resolve("chinese"), json -> {
            assertThat(json).contains("\"sourceLanguage\": \"en\"");
            return json.replace("\"sourceLanguage\": \"en\"", "\"sourceLanguage\": \"zh-CN\"");
        });
        Path pdf = temp.resolve("chinese.pdf");
        // every thread in the comments annex, with the annexes and the compilation: many English names and sentences
        ExportSettings settings = new ExportSettings(null, null, CommentScope.ALL, false, true, null, true,
                Locale.ENGLISH, true, TextForm.BRACKETED, false, "zh-CN");
        PdfExport.toPdf(chinese, pdf, settings, "Test", false, converter);
        // every word the project holds, in any of its files: a piece of a broken word is none of them
        java.util.Set<String> words = new java.util.HashSet<>();
        try (var files = Files.walk(chinese)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                latinWords(Files.readString(file)).forEach(words::add);
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("附件");
            java.util.List<String> printed = latinWords(all).toList();
            assertThat(printed).hasSizeGreaterThan(2000);
            assertThat(new java.util.TreeSet<>(printed).stream().filter(w -> !words.contains(w)))
                    .as("Latin words of the PDF that the project does not hold (broken across lines)").isEmpty();
        }
    }

    /** The runs of Latin letters in {@code text}, lower-cased. */
    private static java.util.stream.Stream<String> latinWords(String text) {
        return java.util.regex.Pattern.compile("\\p{IsLatin}+").matcher(text).results()
                .map(m -> m.group().toLowerCase(Locale.ROOT));
    }

    /** An open thread of the sample with a reply, as the project holds it. */
    private static AnnotationThread openThreadWithAReply() throws Exception {
        try (ProjectSession session = ProjectSession.open(sample, "Test")) {
            Project project = session.project();
            return project.outline().clauseIds().stream().flatMap(id -> project.threadsOf(id).stream())
                    .filter(t -> t.isOpen() && !t.replies().isEmpty()).findFirst().orElseThrow();
        }
    }

    @Test
    void thePdfPrintsTheCommentsInAnAnnexWithTheirAuthorsAndReplies() throws Exception {
        // LibreOffice 7.4 makes Word comments notes shown on screen, which no one reading the PDF on paper sees
        AnnotationThread thread = openThreadWithAReply();
        Path pdf = temp.resolve("comments.pdf");
        PdfExport.toPdf(sample, pdf, ExportSettings.defaults(), "Test", false, converter);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = text(document, 1, document.getNumberOfPages());
            assertThat(all).contains("Annex \u2013 Comments");
            // a name too long for its column is broken after its hyphen ("Asante- Mensah" in the text read back)
            String annex = all.substring(all.indexOf("Annex \u2013 Comments")).replace("- ", "-");
            assertThat(annex).contains("Words commented on", thread.author().replaceAll("\\s+", " "),
                    thread.text().replaceAll("\\s+", " "), thread.replies().get(0).text().replaceAll("\\s+", " "));
        }
    }

    @Test
    void withoutCommentsThePdfHasNoCommentsAnnexAndTheWordFileNeverHasOne() throws Exception {
        AnnotationThread thread = openThreadWithAReply();
        Path pdf = temp.resolve("no-comments.pdf");
        ExportSettings none = new ExportSettings(null, null, CommentScope.NONE, false, false, null, false,
                Locale.ENGLISH);
        PdfExport.toPdf(sample, pdf, none, "Test", false, converter);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(text(document, 1, document.getNumberOfPages())).doesNotContain("Annex \u2013 Comments",
                    "Words commented on", thread.text().replaceAll("\\s+", " "));
        }
        Path word = Files.createDirectories(temp.resolve("word-annex")).resolve("draft.docx");
        Export.toWord(sample, word, ExportSettings.defaults(), "Test");
        try (var in = Files.newInputStream(word); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("Annex \u2013 Comments"));
            assertThat(doc.getTables()).noneMatch(t -> t.getText().contains("Words commented on"));
            assertThat(doc.getDocComments().getComments()).anyMatch(c -> c.getText().contains(thread.text()));
        }
    }
}
