package org.clausewright.docx;

import com.microsoft.schemas.office.word.x2012.wordml.CTCommentEx;
import com.microsoft.schemas.office.word.x2012.wordml.CommentsExDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordExportTest {

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static XWPFDocument exportWithChanges() throws IOException {
        return read(Fixtures.export(Fixtures.request(Fixtures.after(), Fixtures.baseline(), Fixtures.everything())));
    }

    @Test
    void headingsAreNumberedByAMultiLevelListLinkedToHeadingStyles() throws IOException {
        try (XWPFDocument doc = read(Fixtures.export(Fixtures.request(Fixtures.after(), null, ExportOptions.plain())))) {
            CTAbstractNum abstractNum = doc.getNumbering().getAbstractNum(java.math.BigInteger.ZERO).getCTAbstractNum();
            assertThat(abstractNum.getLvlList()).extracting(l -> l.getLvlText().getVal())
                    .containsExactly("Part %1 \u2013", "%1.%2", "%1.%2.%3");
            assertThat(abstractNum.getLvlList()).extracting(l -> l.getPStyle().getVal())
                    .containsExactly("Heading1", "Heading2", "Heading3");
            for (int level = 1; level <= 3; level++) {
                var style = doc.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getNumPr().getIlvl().getVal().intValue()).isEqualTo(level - 1);
            }
            assertThat(headings(doc)).containsExactly(
                    "Heading1:Ethical standards", "Heading2:Duty of care",
                    "Heading1:Conduct", "Heading2:Reporting concerns", "Heading3:Reporting concerns",
                    "Heading3:A new duty");
        }
    }

    @Test
    void everyClauseIsWrappedInAHiddenBookmarkNamedAfterItsId() throws IOException {
        try (XWPFDocument doc = exportWithChanges()) {
            List<String> names = new ArrayList<>();
            for (CTP p : doc.getDocument().getBody().getPList()) {
                for (CTBookmark b : p.getBookmarkStartList()) {
                    names.add(b.getName());
                    assertThat(p.getPPr().getPStyle().getVal()).startsWith("Heading");
                }
            }
            assertThat(names).containsExactly("_cw_duty_of_care", "_cw_report_concerns", "_cw_new_duty");
            assertThat(names).allMatch(n -> n.length() <= 40 && n.matches("_[A-Za-z0-9_]+"));
        }
    }

    @Test
    void threadsBecomeCommentsOnTheirWordsWithRepliesAndResolvedState() throws Exception {
        try (XWPFDocument doc = exportWithChanges()) {
            XWPFComment question = comment(doc, "Which one?");
            assertThat(question.getAuthor()).isEqualTo("Li Wei");
            assertThat(question.getInitials()).isEqualTo("LW");
            assertThat(question.getDate().toInstant()).isEqualTo(Fixtures.T0);
            assertThat(anchoredText(doc, question.getId())).isEqualTo("[shall / should]");

            XWPFComment reply = comment(doc, "Should, as agreed.");
            assertThat(anchoredText(doc, reply.getId())).isEqualTo("[shall / should]");
            XWPFComment detached = comment(doc, "Object.");
            assertThat(detached.getText()).contains("Detached").contains("gone words");
            assertThat(anchoredText(doc, detached.getId())).isEqualTo("Duty of care");

            List<CTCommentEx> extended = commentsExtended(doc);
            assertThat(extended).hasSize(4);
            CTCommentEx parent = extended.get(0);
            CTCommentEx child = extended.get(1);
            assertThat(child.getParaIdParent()).isEqualTo(parent.getParaId());
            assertThat(parent.getParaId()[0] & 0x80).as("paragraph ids stay below 0x80000000").isZero();
            assertThat(extended.get(3).isSetDone()).as("the resolved thread is done").isTrue();
            assertThat(parent.isSetDone()).isFalse();
        }
    }

    @Test
    void openScopeLeavesResolvedThreadsOutAndNoneLeavesAllOut() throws IOException {
        ExportOptions open = Fixtures.everything().withComments(CommentScope.OPEN);
        try (XWPFDocument doc = read(Fixtures.export(Fixtures.request(Fixtures.after(), null, open)))) {
            assertThat(doc.getDocComments().getComments()).extracting(XWPFComment::getText)
                    .noneMatch(t -> t.contains("Fine."));
        }
        ExportOptions none = Fixtures.everything().withComments(CommentScope.NONE);
        try (XWPFDocument doc = read(Fixtures.export(Fixtures.request(Fixtures.after(), null, none)))) {
            assertThat(doc.getDocComments()).isNull();
        }
    }

    @Test
    void changesAreTrackedSoThatAcceptGivesTheNewTextAndRejectTheOld() throws IOException {
        Project after = Fixtures.after();
        Project before = Fixtures.before();
        try (XWPFDocument changed = exportWithChanges();
             XWPFDocument newer = read(Fixtures.export(Fixtures.request(after, null, Fixtures.everything())));
             XWPFDocument older = read(Fixtures.export(Fixtures.request(before, null, Fixtures.everything())))) {
            assertThat(body(Revisions.paragraphs(changed, true))).isEqualTo(body(Revisions.paragraphs(newer, true)));
            // Rejecting restores every old word; the later version's part title order is the same here.
            assertThat(body(Revisions.paragraphs(changed, false)))
                    .containsSubsequence(body(Revisions.paragraphs(older, false)).subList(0, 3))
                    .contains("Old rule", "An old rule that was dropped.", "Scientists [shall / should] avoid harm.",
                            "(a) at design;", "Report concerns to the institution.")
                    .doesNotContain("A new duty", "(b) before publication.");
        }
    }

    @Test
    void aRemovedPartAndSectionComeBackAsDeletedHeadingsWhenChangesAreRejected() throws IOException {
        Project before = Fixtures.before();
        var retired = org.clausewright.model.Clause.of("retired-rule", "Retired rule", "A rule no longer needed.");
        List<org.clausewright.model.Part> parts = new ArrayList<>(before.outline().parts());
        parts.add(new org.clausewright.model.Part("retired", "Retired provisions", List.of(
                new org.clausewright.model.Section("gone", "Gone section", List.of("retired-rule")))));
        var clauses = new java.util.HashMap<>(before.clauses());
        clauses.put(retired.id(), retired);
        Project older = new Project(before.info(), new org.clausewright.model.Outline(parts), clauses, java.util.Map.of());
        Baseline baseline = new Baseline(older, "Working draft 1", java.util.Map.of(), Fixtures.baseline().outline(),
                Fixtures.baseline().outline());
        try (XWPFDocument doc = read(Fixtures.export(Fixtures.request(Fixtures.after(), baseline, ExportOptions.plain())))) {
            List<String> rejected = body(Revisions.paragraphs(doc, false));
            assertThat(rejected).containsSubsequence("Reporting concerns", "Retired provisions", "Gone section",
                    "Retired rule", "A rule no longer needed.");
            assertThat(body(Revisions.paragraphs(doc, true)))
                    .doesNotContain("Retired provisions", "Gone section", "Retired rule", "A rule no longer needed.");
            // The deleted headings keep their heading styles, so Word numbers them while the change is shown.
            List<String> deletedHeadings = new ArrayList<>();
            for (CTP p : doc.getDocument().getBody().getPList()) {
                if (p.isSetPPr() && p.getPPr().isSetRPr() && p.getPPr().getRPr().isSetDel()
                        && p.getPPr().getPStyle() != null && p.getPPr().getPStyle().getVal().startsWith("Heading")) {
                    deletedHeadings.add(p.getPPr().getPStyle().getVal() + ":" + p.getDelArray(0).getRArray(0)
                            .getDelTextArray(0).getStringValue());
                }
            }
            assertThat(deletedHeadings).contains("Heading1:Retired provisions", "Heading2:Gone section",
                    "Heading3:Retired rule");
        }
    }

    @Test
    void revisionsCarryTheAuthorAndDateOfTheVersionThatMadeThem() throws IOException {
        try (XWPFDocument doc = exportWithChanges()) {
            List<String> revisions = new ArrayList<>();
            for (CTP p : doc.getDocument().getBody().getPList()) {
                for (CTRunTrackChange ins : p.getInsList()) {
                    revisions.add("ins " + ins.getAuthor() + " " + ins.getDate().toInstant() + " "
                            + ins.getRArray(0).getTArray(0).getStringValue());
                }
                for (CTRunTrackChange del : p.getDelList()) {
                    revisions.add("del " + del.getAuthor() + " " + del.getRArray(0).getDelTextArray(0).getStringValue());
                }
            }
            assertThat(revisions).contains("ins Li Wei 2026-02-01T09:00:00Z (b) before publication.",
                    "del Amina Diallo Old rule", "ins Amina Diallo 2026-03-01T10:00:00Z A new duty",
                    "ins Amina Diallo 2026-03-01T10:00:00Z promptly ");
        }
    }

    @Test
    void headerFooterFieldsTocAndPropertiesAreThere() throws IOException {
        byte[] bytes = Fixtures.export(Fixtures.request(Fixtures.after(), Fixtures.baseline(), Fixtures.everything()));
        try (XWPFDocument doc = read(bytes)) {
            String footer = doc.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("Page ").contains(" of ");
            String header = doc.getHeaderList().stream().map(h -> h._getHdrFtr().xmlText()).reduce("", String::concat);
            assertThat(header).contains("Model Code").contains("Working draft 2").contains("string=\"DRAFT\"");
            assertThat(doc.getDocument().xmlText()).contains("TOC \\o \"1-3\"");
            assertThat(zipEntry(bytes, "word/settings.xml")).contains("updateFields");
            var props = doc.getProperties();
            assertThat(props.getCoreProperties().getTitle()).isEqualTo("Model Code");
            assertThat(props.getCoreProperties().getCreator()).isEqualTo("Amina Diallo");
            assertThat(props.getCustomProperties().getProperty(DocumentProperties.PROJECT_ID).getLpwstr())
                    .isEqualTo("model-code");
            assertThat(props.getCustomProperties().getProperty(DocumentProperties.VERSION_ID).getLpwstr())
                    .isEqualTo("0123456789abcdef0123456789abcdef01234567");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Annex A \u2013 Open comments", "Annex B \u2013 Clauses and their sources");
            assertThat(doc.getTables().get(0).getRow(1).getCell(3).getText()).isEqualTo("Which one?");
            assertThat(doc.getTables().get(1).getRow(1).getCell(2).getText()).isEqualTo("Tianjin Biosecurity Guidelines");
            // Fixed columns across the text width (A4, one-inch margins): LibreOffice drew auto tables narrow.
            for (var table : doc.getTables()) {
                var tbl = table.getCTTbl();
                assertThat(tbl.getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
                assertThat(tbl.getTblGrid().getGridColList().stream()
                        .mapToLong(c -> ((java.math.BigInteger) c.getW()).longValue()).sum())
                        .isBetween(11906L - 2880 - 4, 11906L - 2880);
                assertThat(table.getRow(0).isRepeatHeader()).as("the heading row repeats on every page").isTrue();
            }
        }
    }

    @Test
    void controlCharactersAreSanitisedOnPurposeAndCounted() throws IOException {
        Project p = Fixtures.after();
        var clause = p.clause("new-duty").orElseThrow().withText("Tab\there,\u000Bline\fpage\u0001\u0007 end\nNext");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ExportReport report = WordExport.write(Fixtures.request(p.withClause(clause), null, ExportOptions.plain()), out);
        assertThat(report.sanitised()).isEqualTo(2);
        try (XWPFDocument doc = read(out.toByteArray())) {
            List<String> paragraphs = Revisions.paragraphs(doc, true);
            assertThat(paragraphs).contains("Tab\there,\nline\npage end", "Next");
            assertThat(doc.getDocument().xmlText()).contains("w:type=\"page\"").doesNotContain("?");
        }
    }

    static String zipEntry(byte[] docx, String name) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the file");
    }

    private static List<String> body(List<String> paragraphs) {
        int start = paragraphs.indexOf("Ethical standards") >= 0 ? paragraphs.indexOf("Ethical standards")
                : paragraphs.indexOf("Ethics");
        int end = paragraphs.indexOf("Annex A \u2013 Open comments");
        return paragraphs.subList(start, end < 0 ? paragraphs.size() : end).stream()
                .filter(s -> !s.isBlank()).toList();
    }

    private static List<String> headings(XWPFDocument doc) {
        List<String> result = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                result.add(p.getStyle() + ":" + p.getText());
            }
        }
        return result;
    }

    private static XWPFComment comment(XWPFDocument doc, String text) {
        return doc.getDocComments().getComments().stream().filter(c -> c.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment saying " + text));
    }

    /** The words between commentRangeStart and commentRangeEnd with this id, read from the document XML. */
    private static String anchoredText(XWPFDocument doc, String id) {
        String xml = doc.getDocument().getBody().xmlText();
        int start = xml.indexOf("commentRangeStart w:id=\"" + id + "\"");
        int end = xml.indexOf("commentRangeEnd w:id=\"" + id + "\"");
        assertThat(start).as("range start of comment " + id).isPositive();
        assertThat(end).as("range end of comment " + id).isGreaterThan(start);
        assertThat(xml).contains("commentReference w:id=\"" + id + "\"");
        StringBuilder words = new StringBuilder();
        var m = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml.substring(start, end));
        while (m.find()) {
            words.append(m.group(1));
        }
        return words.toString();
    }

    private static List<CTCommentEx> commentsExtended(XWPFDocument doc) throws Exception {
        for (var rel : doc.getPackagePart().getRelationships()) {
            if (rel.getRelationshipType().endsWith("/commentsExtended")) {
                PackagePart part = doc.getPackagePart().getRelatedPart(rel);
                try (InputStream in = part.getInputStream()) {
                    return CommentsExDocument.Factory.parse(in).getCommentsEx().getCommentExList();
                }
            }
        }
        throw new AssertionError("no commentsExtended part");
    }
}
