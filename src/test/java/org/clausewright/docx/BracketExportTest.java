package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.clausewright.docx.review.ReviewImporter;
import org.clausewright.docx.review.ReviewPlan;
import org.clausewright.docx.review.ReviewReader;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Bracket;
import org.clausewright.model.Clause;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Open brackets are printed as committees print them, with who stands where in footnotes (issue 11 item 1). */
class BracketExportTest {
    private static final Negotiation.Context AT_MEETING = new Negotiation.Context(Instant.parse("2026-03-02T15:00:00Z"),
            "Amina Diallo", "m-4", "", "");

    static XWPFDocument exported(Project project, ExportOptions options) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(Fixtures.export(Fixtures.request(project, null, options))));
    }

    static String paragraphAfter(XWPFDocument doc, String heading) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        for (int i = 0; i < ps.size() - 1; i++) {
            if (text(ps.get(i)).equals(heading) && ps.get(i).getStyle() != null
                    && ps.get(i).getStyle().startsWith("Heading")) {
                return text(ps.get(i + 1));
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    /** The paragraph's words as a reader sees them in the body (POI's getText adds the footnotes' text). */
    static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        p.getRuns().forEach(r -> r.getCTR().getTList().forEach(t -> sb.append(t.getStringValue())));
        return sb.toString();
    }

    static List<String> footnotes(XWPFDocument doc) {
        // Word's separator notes come first, typed; the notes the export wrote have no type
        return doc.getFootnotes().stream().filter(f -> !f.getCTFtnEdn().isSetType())
                .map(XWPFAbstractFootnoteEndnote::getParagraphs)
                .map(ps -> ps.stream().map(XWPFParagraph::getText).reduce("", String::concat).strip()).toList();
    }

    @Test
    void openBracketsArePrintedAsOptionsSideBySideWithNoTextSpelledOutInItalics() throws IOException {
        try (XWPFDocument doc = exported(Negotiated.project(), ExportOptions.plain())) {
            assertThat(paragraphAfter(doc, "Duty of care"))
                    .isEqualTo("Scientists [shall / should] avoid harm [at all times / no text].");
            assertThat(paragraphAfter(doc, "Reporting")).isEqualTo("Report concerns to [the competent national authority].");
            XWPFParagraph duty = paragraph(doc, "Scientists [");
            assertThat(duty.getRuns()).filteredOn(r -> "no text".equals(r.text())).singleElement()
                    .satisfies(r -> assertThat(r.isItalic()).isTrue());
            assertThat(duty.getRuns()).filteredOn(r -> r.text().contains("shall")).allMatch(r -> !r.isItalic());
        }
    }

    @Test
    void whoStandsWhereIsInAFootnoteAtEachAttributedBracketWithShortNames() throws IOException {
        try (XWPFDocument doc = exported(Negotiated.project(), ExportOptions.plain())) {
            assertThat(footnotes(doc)).containsExactly(
                    "Option 1 (\u201cshall\u201d): proposed by ALD, supported by BRM; opposed by CTH."
                            + " Option 2 (\u201cshould\u201d): proposed by CTH.",
                    "Proposed by CTH; opposed by ALD.");
            // the references stand right after the closing bracket of their bracket; the unattributed one has none
            XWPFParagraph duty = paragraph(doc, "Scientists [");
            assertThat(references(duty)).containsExactly("should]");
            assertThat(references(paragraph(doc, "Report concerns"))).containsExactly("hority]");
        }
    }

    @Test
    void aBracketHasAFootnoteExactlyWhenItsWordingSaysSomething() {
        // the exporting thread decides the reference; the notes' thread words the note: both must agree
        BracketNotes notes = new BracketNotes(new Messages(Locale.ENGLISH), Negotiated.info());
        Project project = Negotiated.project();
        List<Bracket> brackets = project.clauses().values().stream().flatMap(c -> c.brackets().stream()).toList();
        assertThat(brackets).hasSize(3);
        Bracket unattributed = brackets.stream().filter(b -> !BracketNotes.hasFootnote(b)).findFirst().orElseThrow();
        List<Bracket> cases = List.of(brackets.get(0), brackets.get(1), brackets.get(2),
                unattributed.withOption(1, unattributed.options().get(1).withNote("Raised by the chair")),
                unattributed.withOption(0, unattributed.options().get(0).withNote("  ")));
        for (Bracket b : cases) {
            assertThat(BracketNotes.hasFootnote(b)).as(b.toString()).isEqualTo(!notes.footnote(b).isEmpty());
        }
        assertThat(cases.stream().filter(BracketNotes::hasFootnote)).hasSize(3);
    }

    @Test
    void charactersLeftOutOfAFootnoteAreCountedInTheExportsReport() throws Exception {
        // the notes are written on a thread of their own: what they leave out must still reach the report
        Project project = Negotiated.project();
        Clause duty = project.clause("duty-of-care").orElseThrow();
        Bracket times = duty.brackets().get(1);
        Project noted = project.withClause(duty.withBracket(times.withOption(0,
                times.options().get(0).withNote("Raised\u0001 by the chair"))));
        ExportReport report = WordExport.write(Fixtures.request(noted, null, ExportOptions.plain()),
                new java.io.ByteArrayOutputStream());
        assertThat(report.sanitised()).isEqualTo(1);
        try (XWPFDocument doc = exported(noted, ExportOptions.plain())) {
            assertThat(footnotes(doc)).hasSize(3)
                    .contains("Option 1 (\u201cat all times\u201d): no delegation named. Note: Raised by the chair");
        }
    }

    @Test
    void theFootnotesAreInTheDocumentsLanguage() throws IOException {
        ExportOptions french = new ExportOptions(CommentScope.NONE, false, false, null, false, Locale.FRENCH);
        try (XWPFDocument doc = exported(Negotiated.project(), french)) {
            assertThat(paragraphAfter(doc, "Duty of care")).endsWith("[at all times / pas de texte].");
            assertThat(footnotes(doc).get(1)).isEqualTo("Propos\u00e9e par CTH\u00a0; contest\u00e9e par ALD.");
        }
    }

    @Test
    void cleanedAndDeletedBracketsPrintTheAgreedWordsAndDetachedRecordsPrintNothing() throws Exception {
        Project p = Negotiated.project();
        Clause duty = p.clause("duty-of-care").orElseThrow();
        List<Bracket> open = duty.brackets();
        duty = Negotiation.clean(duty, open.get(0).id(), 1, AT_MEETING);
        duty = Negotiation.delete(duty, open.get(1).id(), AT_MEETING);
        Clause report = p.clause("report-concerns").orElseThrow();
        // the wording typed over by hand: the record is detached (kept, shown in the compilation)
        report = report.withText("Report concerns to the authority.");
        p = p.withClause(duty).withClause(report);
        try (XWPFDocument doc = exported(p, ExportOptions.plain())) {
            assertThat(paragraphAfter(doc, "Duty of care")).isEqualTo("Scientists should avoid harm.");
            assertThat(paragraphAfter(doc, "Reporting")).isEqualTo("Report concerns to the authority.");
            assertThat(footnotes(doc)).isEmpty();
        }
    }

    @Test
    void aCommentOnPrintedBracketWordsComesBackAnchoredOnTheClauseText(@TempDir Path temp) throws Exception {
        Project p = Negotiated.project();
        Clause duty = p.clause("duty-of-care").orElseThrow();
        int from = duty.text().indexOf("shall");
        int to = duty.text().indexOf("should") + "should".length();
        int times = duty.text().indexOf("[at all times][]");
        AnnotationThread both = AnnotationThread.open("t-1", TextAnchor.of(duty.text(), from, to),
                AnnotationKind.QUESTION, "Li Wei", Fixtures.T0, "Which one?");
        AnnotationThread after = AnnotationThread.open("t-2", TextAnchor.of(duty.text(), times + 1, times + 16),
                AnnotationKind.COMMENT, "Li Wei", Fixtures.T0, "Delete the qualifier.");
        Path file = temp.resolve("review.docx");
        Files.write(file, Fixtures.export(Fixtures.request(p.withThreads(duty.id(), List.of(both, after)), null,
                ExportOptions.plain().withComments(CommentScope.ALL))));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getDocComments().getComments()).hasSize(2);
        }

        ReviewPlan plan = ReviewImporter.plan(ReviewReader.read(file), p, null);
        Map<String, List<AnnotationThread>> added = plan.addedByClause();
        assertThat(added.get(duty.id())).extracting(t -> t.anchor().quote())
                .containsExactlyInAnyOrder("shall][should", "at all times][]");
        assertThat(added.get(duty.id())).allMatch(t -> !t.detached() && t.anchor().matchesAt(duty.text()));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> text(p).startsWith(start)).findFirst().orElseThrow();
    }

    /** The text just before each footnote reference of a paragraph. */
    private static List<String> references(XWPFParagraph p) {
        StringBuilder seen = new StringBuilder();
        java.util.ArrayList<String> before = new java.util.ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            if (!r.getCTR().getFootnoteReferenceList().isEmpty()) {
                before.add(seen.substring(Math.max(0, seen.length() - 7)));
            }
            r.getCTR().getTList().forEach(t -> seen.append(t.getStringValue()));
        }
        return before;
    }
}
