package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.clausewright.model.Address;
import org.clausewright.model.Extent;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.LanguageVersion;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** `export --annex` on a mapped draft: Annex C, a matrix of the framework's elements and the clauses answering each. */
class CoverageAnnexTest {
    private static final Framework TIANJIN = new Framework("tianjin-2021",
            "Tianjin Biosecurity Guidelines for Codes of Conduct for Scientists", "Tianjin Guidelines", "biology", 2021,
            "", "", "", "", List.of(new FrameworkElement("1", "1", "Ethical standards", ""),
            new FrameworkElement("3", "3", "Responsible conduct of research", ""),
            new FrameworkElement("8", "8", "Public engagement on science and technology", "")), null);

    private static Project mapped() {
        Project p = Fixtures.after().withFramework(TIANJIN);
        p = p.withClause(p.clause("duty-of-care").orElseThrow().withAddresses(List.of(
                new Address("tianjin-2021", "1", Extent.FULL), new Address("tianjin-2021", "3", Extent.PARTIAL))));
        return p.withClause(p.clause("report-concerns").orElseThrow().withAddresses(List.of(
                new Address("tianjin-2021", "3", Extent.PARTIAL))));
    }

    private static byte[] export(Project project, Locale locale) throws Exception {
        return Fixtures.export(Fixtures.request(project, null,
                new ExportOptions(CommentScope.NONE, false, true, null, false, locale)));
    }

    private static XWPFTable lastTable(XWPFDocument doc) {
        return doc.getTables().get(doc.getTables().size() - 1);
    }

    @Test
    void theMatrixListsEachElementWithTheClausesByNumberAndMarksTheGap() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(mapped(), Locale.ENGLISH)))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(
                    "Annex C \u2013 Coverage of the reference frameworks",
                    "Tianjin Biosecurity Guidelines for Codes of Conduct for Scientists: elements: 3; covered: 1; "
                            + "partly covered: 1; gaps: 1");
            XWPFTable matrix = lastTable(doc);
            assertThat(matrix.getRows()).hasSize(4);
            assertThat(matrix.getRow(0).getCell(2).getText()).isEqualTo("Clauses of the draft");
            assertThat(matrix.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(matrix.getRow(1).getCell(2).getText()).isEqualTo("1.1");
            assertThat(matrix.getRow(1).getCell(3).getText()).isEqualTo("Covered");
            assertThat(matrix.getRow(2).getCell(2).getText()).isEqualTo("1.1 (partly), 2.1.1 (partly)");
            assertThat(matrix.getRow(2).getCell(3).getText()).isEqualTo("Partly covered");
            assertThat(matrix.getRow(3).getCell(1).getText()).isEqualTo("Public engagement on science and technology");
            assertThat(matrix.getRow(3).getCell(3).getText()).isEqualTo("GAP \u2013 not addressed");
        }
    }

    @Test
    void theAnnexSpeaksTheDocumentsLanguageAndPandocReadsIt() throws Exception {
        byte[] fr = export(mapped(), Locale.FRENCH);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(fr))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Annexe C \u2013 Couverture des cadres de référence");
            assertThat(lastTable(doc).getRow(3).getCell(3).getText()).isEqualTo("LACUNE \u2013 non traité");
        }
        Pandoc.require();
        String markdown = Pandoc.read(export(mapped(), Locale.ENGLISH), "accept", "plain");
        assertThat(markdown).contains("Annex C – Coverage of the reference frameworks", "Public engagement on science",
                "GAP – not addressed", "1.1 (partly), 2.1.1 (partly)");
    }

    @Test
    void theLanguageVersionOfTheDraftHasTheSameMatrix() throws Exception {
        Project p = mapped();
        p = p.withInfo(p.info().withLanguages(new Languages("en", List.of("fr"))));
        Project french = LanguageVersion.of(p, "fr");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(french, Locale.FRENCH)))) {
            assertThat(lastTable(doc).getRow(2).getCell(2).getText())
                    .isEqualTo("1.1 (en partie), 2.1.1 (en partie)");
        }
    }

    @Test
    void elementTitlesAreInTheExportsLanguageWhereTheFrameworkHasThemAndInItsOwnElsewhere() throws Exception {
        Project p = mapped();
        Framework titled = new Framework(TIANJIN.id(), TIANJIN.title(), TIANJIN.shortTitle(), "biology", 2021, "", "",
                "", "", List.of(new FrameworkElement("1", "1", "Ethical standards", "",
                        java.util.Map.of("fr", "Normes éthiques"), null),
                new FrameworkElement("3", "3", "Responsible conduct of research", ""),
                new FrameworkElement("8", "8", "Public engagement on science and technology", "",
                        java.util.Map.of("fr", "Dialogue avec le public"), null)), null);
        p = p.withFramework(titled).withInfo(p.info().withLanguages(new Languages("en", List.of("fr"))));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                export(LanguageVersion.of(p, "fr"), Locale.FRENCH)))) {
            XWPFTable matrix = lastTable(doc);
            assertThat(matrix.getRow(1).getCell(1).getText()).isEqualTo("Normes éthiques");
            // no French title in the file: the file's own, no error
            assertThat(matrix.getRow(2).getCell(1).getText()).isEqualTo("Responsible conduct of research");
            assertThat(matrix.getRow(3).getCell(1).getText()).isEqualTo("Dialogue avec le public");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(p, Locale.ENGLISH)))) {
            assertThat(lastTable(doc).getRow(1).getCell(1).getText()).isEqualTo("Ethical standards");
        }
    }

    @Test
    void aProjectWithoutFrameworksHasNoCoverageAnnex() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(Fixtures.after(), Locale.ENGLISH)))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .doesNotContain("Annex C \u2013 Coverage of the reference frameworks");
        }
    }
}
