package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The annex "Compilation of proposals" (issue 11 item 2), read back with POI. */
class CompilationTest {
    private static final Negotiation.Context FOURTH = new Negotiation.Context(Instant.parse("2026-03-02T15:00:00Z"),
            "Amina Diallo", "m-4", "cathay", "Agreed after informal consultations.");

    static Project decided() throws Exception {
        Project p = Negotiated.project();
        Clause duty = p.clause("duty-of-care").orElseThrow();
        duty = Negotiation.decide(duty, ClauseStatus.UNDER_DISCUSSION, FOURTH);
        Clause report = p.clause("report-concerns").orElseThrow();
        report = Negotiation.clean(report, report.brackets().get(0).id(), 0, FOURTH);
        report = Negotiation.decide(report, ClauseStatus.AGREED_WG, FOURTH);
        return p.withClause(duty).withClause(report);
    }

    @Test
    void eachClauseWithSomethingToReportListsItsOpenBracketsWhoStandsWhereAndItsDecisions() throws Exception {
        Project p = decided();
        String shallShould = p.clause("duty-of-care").orElseThrow().brackets().get(0).id();
        String times = p.clause("duty-of-care").orElseThrow().brackets().get(1).id();
        String authority = p.clause("report-concerns").orElseThrow().brackets().get(0).id();
        try (XWPFDocument doc = BracketExportTest.exported(p, ExportOptions.plain().withCompilation(true))) {
            List<String> after = annex(doc);
            assertThat(after).startsWith("Annex \u2013 Compilation of proposals", "Delegations");
            // clauses with nothing to report (1.3 Records) are left out
            assertThat(after).contains("1.1 Duty of care", "1.2 Reporting").doesNotContain("1.3 Records");
            List<XWPFTable> tables = doc.getTables();
            assertThat(rows(tables.get(0))).containsExactly(
                    List.of("Short name", "Delegation", "Group"),
                    List.of("ALD", "Republic of Aldoria", "WEOG"),
                    List.of("BRM", "Kingdom of Borania", ""),
                    List.of("CTH", "Cathay Federation", "G-77"));
            assertThat(rows(tables.get(1))).containsExactly(
                    List.of("Bracket", "Option", "Proposed by", "Supported by", "Opposed by", "Note"),
                    List.of(shallShould, "1. \u201cshall\u201d", "ALD", "BRM", "CTH", ""),
                    List.of("", "2. \u201cshould\u201d", "CTH", "", "", ""),
                    List.of(times, "1. \u201cat all times\u201d", "", "", "", ""),
                    List.of("", "2. no text", "", "", "", ""));
            assertThat(rows(tables.get(2))).containsExactly(
                    List.of("Date", "Meeting", "Decision", "Requested by", "Recorded by", "Note"),
                    List.of("Mar 2, 2026", "Fourth meeting of the drafting committee",
                            "Status: proposed \u2192 under discussion", "CTH", "Amina Diallo",
                            "Agreed after informal consultations."));
            // the cleaned clause has no open bracket left: its decision log only
            assertThat(rows(tables.get(3))).extracting(r -> r.get(2)).containsExactly("Decision",
                    "Bracket " + authority + " cleaned: \u201cthe competent national authority\u201d agreed",
                    "Status: proposed \u2192 agreed in working group");
            assertThat(tables).hasSize(4);
        }
    }

    @Test
    void theTablesReadWholeOnAPage() throws Exception {
        // seen in LibreOffice: at 11 pt six columns broke their headings' words ("Request ed by"), rows were split
        // across pages and a "Decisions" label could end a page alone
        try (XWPFDocument doc = BracketExportTest.exported(decided(), ExportOptions.plain().withCompilation(true))) {
            for (XWPFTable table : doc.getTables()) {
                for (var row : table.getRows()) {
                    assertThat(row.getCtRow().getTrPr().getCantSplitList()).isNotEmpty();
                    for (var cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(par -> par.getRuns().forEach(run ->
                                assertThat(sizeShown(doc, table, run)).isEqualTo(9.0)));
                    }
                }
            }
            assertThat(doc.getParagraphs()).filteredOn(par -> par.getText().equals("Decisions")).isNotEmpty()
                    .allMatch(par -> par.getCTP().getPPr().isSetKeepNext());
        }
    }

    @Test
    void theColumnsAreTheGridsAndOnlyTheHeadingRowRepeatsThem() throws Exception {
        // a fixed table's columns come from its grid and first row; the widths on every later cell were 40 % of the
        // benchmark's compilation markup (5.8 of 14.7 MB), written, encoded and deflated at every export
        try (XWPFDocument doc = BracketExportTest.exported(decided(), ExportOptions.plain().withCompilation(true))) {
            for (XWPFTable table : doc.getTables()) {
                var tbl = table.getCTTbl();
                assertThat(tbl.getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
                List<Long> grid = tbl.getTblGrid().getGridColList().stream()
                        .map(c -> ((java.math.BigInteger) c.getW()).longValue()).toList();
                assertThat(grid.stream().mapToLong(Long::longValue).sum()).isBetween((long) BodyWriter.TEXT_WIDTH - 6,
                        (long) BodyWriter.TEXT_WIDTH);
                var first = table.getRow(0).getTableCells();
                assertThat(first).extracting(c -> ((java.math.BigInteger) c.getCTTc().getTcPr().getTcW().getW())
                        .longValue()).containsExactlyElementsOf(grid);
                for (var row : table.getRows().subList(1, table.getRows().size())) {
                    assertThat(row.getTableCells()).hasSize(grid.size())
                            .allMatch(c -> c.getCTTc().getTcPr() == null, "no width of its own");
                }
            }
        }
    }

    @Test
    void aBracketRecordNoLongerInTheTextIsListedAsSuch() throws Exception {
        Project p = Negotiated.project();
        Clause report = p.clause("report-concerns").orElseThrow();
        String id = report.brackets().get(0).id();
        p = p.withClause(report.withText("Report concerns to the authority."));
        try (XWPFDocument doc = BracketExportTest.exported(p, ExportOptions.plain().withCompilation(true))) {
            XWPFTable table = doc.getTables().get(2);
            assertThat(rows(table).get(1)).containsExactly(id + " (no longer in the text)",
                    "1. \u201cthe competent national authority\u201d", "CTH", "", "ALD", "");
        }
    }

    @Test
    void whenNothingIsToReportTheAnnexSaysSoInASentence() throws IOException {
        Project before = Fixtures.before();
        Project plain = before.withClause(before.clause("duty-of-care").orElseThrow().withText("Avoid harm."));
        try (XWPFDocument doc = BracketExportTest.exported(plain, ExportOptions.plain().withCompilation(true))) {
            assertThat(annex(doc)).containsExactly("Annex \u2013 Compilation of proposals",
                    "No clause has an open bracket or a recorded decision.");
            assertThat(doc.getTables()).isEmpty();
        }
    }

    @Test
    void aBracketTypedByHandWithoutARecordIsListedUnattributed() throws IOException {
        try (XWPFDocument doc = BracketExportTest.exported(Fixtures.before(), ExportOptions.plain().withCompilation(true))) {
            assertThat(rows(doc.getTables().get(0))).containsExactly(
                    List.of("Bracket", "Option", "Proposed by", "Supported by", "Opposed by", "Note"),
                    List.of("typed, not yet recorded", "1. \u201cshall\u201d", "", "", "", ""),
                    List.of("", "2. \u201cshould\u201d", "", "", "", ""));
        }
    }

    @Test
    void withoutTheOptionThereIsNoAnnex() throws Exception {
        try (XWPFDocument doc = BracketExportTest.exported(decided(), ExportOptions.plain())) {
            assertThat(doc.getParagraphs()).extracting(BracketExportTest::text)
                    .doesNotContain("Annex \u2013 Compilation of proposals");
        }
    }

    private static List<String> annex(XWPFDocument doc) {
        List<String> texts = doc.getParagraphs().stream().map(BracketExportTest::text).toList();
        int at = texts.indexOf("Annex \u2013 Compilation of proposals");
        assertThat(at).isNotNegative();
        return texts.subList(at, texts.size());
    }

    /** The size a reader shows a cell's text in: the run's own, else its table style's (through basedOn). */
    static double sizeShown(XWPFDocument doc, XWPFTable table, XWPFRun run) {
        Double own = run.getFontSizeAsDouble();
        if (own != null) {
            return own;
        }
        String id = table.getStyleID();
        while (id != null) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            assertThat(style).as("table style " + id).isNotNull();
            var rPr = style.getCTStyle().getRPr();
            if (rPr != null && rPr.sizeOfSzArray() > 0) {
                return new BigDecimal(String.valueOf(rPr.getSzArray(0).getVal())).doubleValue() / 2;
            }
            id = style.getBasisStyleID();
        }
        throw new AssertionError("the cell's text has no size of its own nor from its table's style");
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .toList();
    }

    @Test
    void charactersLeftOutOfTheCompilationAreCountedInTheExportsReport() throws Exception {
        // the annex is made on a thread of its own: what it leaves out must still reach the report
        Clause clause = Clause.of("duty-of-care", "Duty of care", "Scientists [shall\u0001][should] avoid harm.");
        Project project = Fixtures.after().withClause(clause);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ExportReport without = WordExport.write(Fixtures.request(project, null, ExportOptions.plain()), out);
        ExportReport with = WordExport.write(Fixtures.request(project, null,
                ExportOptions.plain().withCompilation(true)), out);
        assertThat(without.sanitised()).isEqualTo(1);
        assertThat(with.sanitised()).isEqualTo(2);
    }
}
