package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.clausewright.app.BundledSample;
import org.clausewright.app.EditedSample;
import org.clausewright.app.Export;
import org.clausewright.app.ExportSettings;
import org.clausewright.docx.ExportOptions.TextForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** `export --language`: the sample's French and Arabic versions, with the document's language and direction. */
class LanguageVersionExportTest {
    @TempDir
    static Path tmp;
    static Path sample;

    @BeforeAll
    static void installSample() throws Exception {
        sample = tmp.resolve("sample");
        BundledSample.install(sample);
    }

    private static byte[] export(String language, String name) throws Exception {
        return export(language, name, false);
    }

    private static byte[] export(String language, String name, boolean toc) throws Exception {
        return export(sample, language, name, toc);
    }

    /** The working draft of {@code dir} in {@code language} (null: its source language), as a Word file's bytes. */
    private static byte[] export(Path dir, String language, String name, boolean toc) throws Exception {
        Path out = tmp.resolve(name);
        ExportSettings settings = new ExportSettings(null, null, CommentScope.OPEN, toc, false, null, false,
                Locale.ENGLISH, false, TextForm.BRACKETED, false, language);
        Export.toWord(dir, out, settings, "Amina Diallo");
        return Files.readAllBytes(out);
    }

    /** A fresh copy of the sample in {@code name}, its project.json changed by {@code edit}. */
    private static String part(byte[] docx, String name) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return switch (name) {
                case "styles" -> doc.getStyles().getCtStyles().xmlText();
                case "settings" -> doc.getSettings().getCTSettings().xmlText();
                default -> doc.getDocument().xmlText();
            };
        }
    }

    @Test
    void theFileSaysWhichLanguageVersionItHoldsSoThatItsReviewComesBackThere() throws Exception {
        assertThat(languages(export("fr", "fr-property.docx"))).containsExactly("fr");
        assertThat(languages(export(null, "en-property.docx"))).containsExactly("en");
        assertThat(languages(export("fr,en", "fr-en-property.docx"))).containsExactly("fr", "en");
    }

    @Test
    void unrecordedChangesAreNamedInTheDocumentsLanguageInTheHeaderOnTheCoverAndInItsProperties() throws Exception {
        // the sample with a change not recorded: the stamp said so in English in every language's file
        Path changed = EditedSample.withProjectFile(tmp.resolve("stamp"), json -> json.replace("for circulation to delegations",
                "for circulation to the delegations"));
        assertStamp(export(changed, null, "stamp-en.docx", false), "Working draft 4 + unrecorded changes");
        assertStamp(export(changed, "fr", "stamp-fr.docx", false), "Working draft 4 + modifications non enregistrées");
    }

    private static void assertStamp(byte[] docx, String stamp) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getHeaderList().get(0).getText()).contains("\t" + stamp);
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(p -> p.matches("\\S+ ?: " + java.util.regex.Pattern.quote(stamp)));
            assertThat(doc.getProperties().getCustomProperties().getProperty(DocumentProperties.VERSION_LABEL)
                    .getLpwstr()).isEqualTo(stamp);
        }
    }

    private static List<String> languages(byte[] docx) throws Exception {
        Path file = Files.write(tmp.resolve("read-back.docx"), docx);
        return org.clausewright.docx.review.ReviewReader.read(file).languages();
    }

    @Test
    void arabicHeadingsTitlesAndContentsStartFromTheRightMargin() throws Exception {
        // Word and LibreOffice read w:jc "right" in a right-to-left paragraph as its end: the left margin
        byte[] docx = export("ar", "ar-headings.docx", true);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            List<String> styles = List.of("Title", "CoverText", "TOCHeading", "TOC1", "TOC2", "TOC3", "Heading1",
                    "Heading2", "Heading3", "ClauseText");
            for (String style : styles) {
                List<XWPFParagraph> ofStyle = body.stream().filter(p -> style.equals(p.getStyle())).toList();
                assertThat(ofStyle).as(style).isNotEmpty();
                for (XWPFParagraph p : ofStyle) {
                    assertThat(p.getCTP().getPPr().isSetBidi()).as(style + ": " + p.getText()).isTrue();
                    assertThat(p.getCTP().getPPr().isSetJc()).as(style + ": " + p.getText()).isFalse();
                }
            }
            XWPFParagraph footer = doc.getFooterList().get(0).getParagraphs().get(0);
            assertThat(footer.getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(footer.getAlignment().toString()).isEqualTo("CENTER");
            // the heading numbers end at the right margin instead of running out into it
            var levels = doc.getNumbering().getAbstractNums().get(0).getCTAbstractNum().getLvlList();
            assertThat(levels).hasSize(3).allMatch(l -> l.getLvlJc().getVal().toString().equals("right"));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export("fr", "fr-headings.docx", true)))) {
            assertThat(doc.getNumbering().getAbstractNums().get(0).getCTAbstractNum().getLvlList())
                    .allMatch(l -> !l.isSetLvlJc());
        }
    }

    @Test
    void theArabicVersionRunsRightToLeftAndSaysItIsArabic() throws Exception {
        byte[] docx = export("ar", "ar.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            XWPFParagraph clause = body.stream().filter(p -> p.getText().startsWith("ينبغي للعلماء أن يؤدوا"))
                    .findFirst().orElseThrow();
            assertThat(clause.getCTP().getPPr().isSetBidi()).isTrue();
            // no w:jc: the style's justification, which a right-to-left paragraph starts from the right margin
            assertThat(clause.getCTP().getPPr().isSetJc()).isFalse();
            for (XWPFRun run : clause.getRuns()) {
                assertThat(run.getCTR().getRPr().sizeOfRtlArray()).isEqualTo(1);
            }
            assertThat(body.stream().filter(p -> !p.getText().isBlank()))
                    .allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi());
            assertThat(doc.getDocument().getBody().getSectPr().isSetBidi()).isTrue();
            assertThat(body.get(0).getText()).isEqualTo("مدونة قواعد السلوك النموذجية لعلماء البيولوجيا");
            assertThat(body).extracting(XWPFParagraph::getText).contains("المعايير الأخلاقية",
                    "احترام الحياة والكرامة الإنسانية");
        }
        assertThat(part(docx, "styles")).contains("<w:rtl/><w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/>")
                .doesNotContain("en-GB");
        assertThat(part(docx, "settings")).contains("w:themeFontLang w:val=\"ar-SA\" w:bidi=\"ar-SA\"");
        // the outdated clause is exported as translated (from the third draft's wording, its bracket still open)
        assertThat(Pandoc.read(docx, "all", "plain")).contains("[والتوجيهات الدولية ذات الصلة]");
    }

    @Test
    void theFrenchVersionHasItsTextTitlesAndFixedWordsInFrench() throws Exception {
        byte[] docx = export("fr", "fr.docx");
        String text = Pandoc.read(docx, "all", "plain");
        assertThat(text).contains("Soin des animaux utilisés dans la recherche", "Normes éthiques", "Statut : ")
                .doesNotContain("Animal welfare");
        assertThat(part(docx, "styles")).contains("w:lang w:val=\"fr-FR\"").doesNotContain("w:rtl")
                .doesNotContain("en-GB");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Code de conduite type pour les scientifiques du domaine biologique");
            String footer = doc.getFooterList().get(0).getText();
            assertThat(footer).startsWith("Page ").contains(" sur ");
            assertThat(doc.getNumbering().getAbstractNum(java.math.BigInteger.ZERO).getCTAbstractNum()
                    .getLvlArray(0).getLvlText().getVal()).startsWith("Partie %1");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetBidi());
        }
    }

    @Test
    void theSourceVersionSaysItsOwnLanguageNotAlwaysBritishEnglish() throws Exception {
        Path fr = EditedSample.withProjectFile(tmp.resolve("written-in-french"), json -> json.replace("\"sourceLanguage\": \"en\"",
                "\"sourceLanguage\": \"fr\"").replace("\"fr\",\n    \"ar\"", "\"ar\""));
        assertThat(part(export(fr, null, "source.docx", false), "styles")).contains("w:lang w:val=\"fr-FR\"")
                .doesNotContain("en-GB");
    }

    @Test
    void twoLanguagesMakeABilingualDraftWithAClausePerRow() throws Exception {
        byte[] docx = export("fr,en", "fr-en.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(10);
            var row = doc.getTables().get(0).getRow(0);
            assertThat(row.getCell(0).getText()).startsWith("1.1 Respect de la vie et de la dignité humaine")
                    .contains("Les scientifiques devraient mener leurs travaux");
            assertThat(row.getCell(1).getText()).startsWith("1.1 Respect for life and human dignity");
            int rows = doc.getTables().stream().mapToInt(t -> t.getRows().size()).sum();
            assertThat(rows).isEqualTo(32 + 2); // the clauses of the draft, and its two sections' titles
        }
        assertThat(part(docx, "styles")).contains("w:lang w:val=\"fr-FR\"");
        assertThat(Pandoc.read(docx, "all", "plain")).contains("Respect for life and human dignity",
                "Respect de la vie et de la dignité humaine");

        byte[] arabic = export("ar,en", "ar-en.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(arabic))) {
            var cells = doc.getTables().get(0).getRow(0).getTableCells();
            assertThat(cells.get(0).getParagraphs().get(0).getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(cells.get(1).getParagraphs().get(0).getCTP().getPPr()).isNull();
        }
    }

    @Test
    void aLanguageTheProjectDoesNotHaveIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> export("ru", "ru.docx")).hasMessage("\"ru\" is not a language of this project (it "
                + "is written in en and translated into fr, ar)");
        assertThat(tmp.resolve("ru.docx")).doesNotExist();
    }
}
