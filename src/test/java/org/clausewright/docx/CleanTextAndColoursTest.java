package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --text clean and --status-colours (issue 11 item 3), read back with POI. */
class CleanTextAndColoursTest {
    private static final Negotiation.Context MEETING = new Negotiation.Context(Instant.parse("2026-03-02T15:00:00Z"),
            "Amina Diallo", "m-4", "", "");

    /** Every bracket cleaned; duty agreed in plenary, reporting agreed in working group, records withdrawn. */
    static Project agreed() throws Exception {
        Project p = Negotiated.project();
        Clause duty = p.clause("duty-of-care").orElseThrow();
        duty = Negotiation.clean(duty, duty.brackets().get(0).id(), 0, MEETING);
        duty = Negotiation.clean(duty, duty.brackets().get(0).id(), 1, MEETING);
        duty = Negotiation.decide(duty, ClauseStatus.AGREED, MEETING);
        Clause report = p.clause("report-concerns").orElseThrow();
        report = Negotiation.clean(report, report.brackets().get(0).id(), 0, MEETING);
        report = Negotiation.decide(report, ClauseStatus.AGREED_WG, MEETING);
        Clause records = Negotiation.decide(p.clause("records").orElseThrow(), ClauseStatus.WITHDRAWN, MEETING);
        return p.withClause(duty).withClause(report).withClause(records);
    }

    @Test
    void theCleanTextIsRefusedWhileABracketIsOpenNamingEachByClauseNumberIdAndWording() {
        Project p = Negotiated.project();
        List<Clause> clauses = List.of(p.clause("duty-of-care").orElseThrow(), p.clause("report-concerns").orElseThrow());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WordExport.write(Fixtures.request(p, null,
                ExportOptions.plain().withText(ExportOptions.TextForm.CLEAN)), out))
                .isInstanceOf(OpenBracketsException.class)
                .hasMessage("cannot export the agreed text while 3 brackets are open: "
                        + "1.1 " + clauses.get(0).brackets().get(0).id() + " [shall / should]; "
                        + "1.1 " + clauses.get(0).brackets().get(1).id() + " [at all times / no text]; "
                        + "1.2 " + clauses.get(1).brackets().get(0).id() + " [the competent national authority]. "
                        + "Clean or delete them first, or export the text with its brackets.");
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void theCleanTextOfAnAgreedDraftHasNoBracketAndNoFootnote() throws Exception {
        try (XWPFDocument doc = BracketExportTest.exported(agreed(),
                ExportOptions.plain().withText(ExportOptions.TextForm.CLEAN))) {
            assertThat(BracketExportTest.paragraphAfter(doc, "Duty of care")).isEqualTo("Scientists shall avoid harm.");
            assertThat(BracketExportTest.paragraphAfter(doc, "Reporting"))
                    .isEqualTo("Report concerns to the competent national authority.");
            assertThat(doc.getParagraphs()).extracting(BracketExportTest::text).noneMatch(t -> t.contains("["));
            assertThat(BracketExportTest.footnotes(doc)).isEmpty();
        }
    }

    @Test
    void eachClauseIsShadedByItsStatusWithALegendBeforeTheDraft() throws Exception {
        Project p = agreed();
        Clause undecided = Clause.of("late", "Late addition", "Added late.");
        Part part = p.outline().parts().get(0);
        List<OutlineItem> items = new java.util.ArrayList<>(part.items());
        items.add(new ClauseRef("late"));
        p = p.withClause(undecided).withOutline(p.outline().withParts(List.of(new Part(part.id(), part.title(), items))));
        try (XWPFDocument doc = BracketExportTest.exported(p, ExportOptions.plain().withStatusColours(true))) {
            assertThat(shadingOf(doc, "Duty of care")).containsExactly(StatusColours.GREEN, StatusColours.GREEN);
            assertThat(shadingOf(doc, "Reporting")).containsExactly(StatusColours.YELLOW, StatusColours.YELLOW);
            assertThat(shadingOf(doc, "Records")).containsExactly(StatusColours.GREY, StatusColours.GREY);
            assertThat(shadingOf(doc, "Late addition")).containsExactly("none", "none");
            List<String> legend = doc.getParagraphs().stream().map(pp -> BracketExportTest.text(pp) + " " + fill(pp))
                    .dropWhile(t -> !t.startsWith("Colours show")).limit(6).toList();
            assertThat(legend).containsExactly("Colours show where each clause stands: none",
                    "White: not agreed (proposed, under discussion, reopened) none",
                    "Agreed in working group " + StatusColours.YELLOW,
                    "Agreed ad referendum " + StatusColours.PALE_GREEN,
                    "Agreed " + StatusColours.GREEN,
                    "Withdrawn " + StatusColours.GREY);
        }
        try (XWPFDocument doc = BracketExportTest.exported(p, ExportOptions.plain())) {
            assertThat(shadingOf(doc, "Duty of care")).containsExactly("none", "none");
            assertThat(doc.getParagraphs()).extracting(BracketExportTest::text)
                    .noneMatch(t -> t.startsWith("Colours show"));
        }
    }

    /** The fills of a clause's heading and its first text paragraph. */
    private static List<String> shadingOf(XWPFDocument doc, String heading) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        for (int i = 0; i < ps.size() - 1; i++) {
            if (BracketExportTest.text(ps.get(i)).equals(heading)) {
                return List.of(fill(ps.get(i)), fill(ps.get(i + 1)));
            }
        }
        throw new AssertionError(heading);
    }

    private static String fill(XWPFParagraph p) {
        var pPr = p.getCTP().getPPr();
        return pPr == null || pPr.getShd() == null ? "none" : pPr.getShd().xgetFill().getStringValue();
    }
}
