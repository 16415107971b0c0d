package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Languages;
import org.clausewright.model.Project;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document made for a PDF lists its comments in an annex (LibreOffice 7.4 prints none in the margin): exactly the
 * Word comments, in their order, each with its clause, words, author and date; the Word export has no such annex.
 */
class CommentsAnnexTest {
    private static final String[] HEADER = {"Clause", "Words commented on", "Author", "Date", "Comment"};

    private static XWPFDocument export(Project project, ExportOptions options) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(Fixtures.export(Fixtures.request(project, null, options))));
    }

    private static ExportOptions forPdf(CommentScope scope, boolean annex) {
        return new ExportOptions(scope, false, annex, null, false, Locale.ENGLISH).withCommentsAnnex(true);
    }

    private static List<String> headings(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> "AnnexHeading".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** The annex's table: the one whose heading row is the comments annex's. */
    private static XWPFTable annex(XWPFDocument doc) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals(HEADER[1]))
                .findFirst().orElseThrow();
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        row.getTableCells().forEach(c -> cells.add(c.getText()));
        return cells;
    }

    @Test
    void everyCommentOfTheWordFileIsListedInItsOrderWithItsClauseWordsAuthorAndDate() throws Exception {
        try (XWPFDocument doc = export(Fixtures.after(), forPdf(CommentScope.ALL, false))) {
            assertThat(headings(doc)).containsExactly("Annex \u2013 Comments");
            XWPFTable table = annex(doc);
            assertThat(cells(table.getRow(0))).containsExactly(HEADER);
            // the commented words as the draft prints them, not as typed ("[shall][should]")
            assertThat(cells(table.getRow(1))).containsExactly("1.1\nDuty of care", "\u201c[shall / should]\u201d",
                    "Li Wei", "Feb 1, 2026", "Which one?");
            assertThat(cells(table.getRow(2))).containsExactly("", "", "Amina Diallo", "Mar 1, 2026",
                    "Should, as agreed.");
            assertThat(cells(table.getRow(3))).containsExactly("1.1\nDuty of care", "\u201cgone words\u201d", "Li Wei",
                    "Feb 1, 2026", "Detached: the words \u201cgone words\u201d are no longer in this clause.\nObject.");
            assertThat(cells(table.getRow(4))).containsExactly("2.1.1\nReporting concerns",
                    "\u201cReport\u201d\nResolved", "Amina Diallo", "Feb 1, 2026", "Fine.");
            assertThat(table.getRows()).hasSize(5);
            // the same comments as the Word file's, in the same order
            List<String> listed = table.getRows().subList(1, 5).stream().map(r -> r.getCell(4).getText()).toList();
            assertThat(listed).containsExactlyElementsOf(doc.getDocComments().getComments().stream()
                    .map(XWPFComment::getText).map(String::strip).toList());
        }
    }

    @Test
    void openCommentsLeaveOutTheResolvedThreadAndTakeAnnexAsPlace() throws Exception {
        try (XWPFDocument doc = export(Fixtures.after(), forPdf(CommentScope.OPEN, true))) {
            assertThat(headings(doc)).containsExactly("Annex A \u2013 Comments",
                    "Annex B \u2013 Clauses and their sources");
            XWPFTable table = annex(doc);
            assertThat(table.getRows()).extracting(r -> r.getCell(4).getText()).containsExactly("Comment",
                    "Which one?", "Should, as agreed.",
                    "Detached: the words \u201cgone words\u201d are no longer in this clause.\nObject.");
            assertThat(table.getText()).doesNotContain("Resolved", "Fine.");
        }
    }

    @Test
    void noCommentsExportedNoCommentsAnnex() throws Exception {
        try (XWPFDocument doc = export(Fixtures.after(), forPdf(CommentScope.NONE, false))) {
            assertThat(headings(doc)).isEmpty();
        }
        try (XWPFDocument doc = export(Fixtures.after(), forPdf(CommentScope.NONE, true))) {
            // the document is then the Word file's: Annex A lists the open comments, as it always has
            assertThat(headings(doc)).startsWith("Annex A \u2013 Open comments");
        }
        Project silent = Fixtures.after();
        for (String id : silent.outline().clauseIds()) {
            silent = silent.withThreads(id, List.of());
        }
        try (XWPFDocument doc = export(silent, forPdf(CommentScope.OPEN, false))) {
            assertThat(headings(doc)).isEmpty();
        }
        try (XWPFDocument doc = export(silent, forPdf(CommentScope.ALL, true))) {
            assertThat(headings(doc)).startsWith("Annex A \u2013 Comments");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("There are no comments.");
        }
    }

    @Test
    void theWordExportHasNoCommentsAnnex() throws Exception {
        try (XWPFDocument doc = export(Fixtures.after(), new ExportOptions(CommentScope.ALL, false, true, null, false,
                Locale.ENGLISH))) {
            assertThat(headings(doc)).containsExactly("Annex A \u2013 Open comments",
                    "Annex B \u2013 Clauses and their sources");
            assertThat(doc.getTables()).noneMatch(t -> t.getRow(0).getCell(1).getText().equals(HEADER[1]));
        }
    }

    @Test
    void aLongQuoteIsShortenedAtAWordsEndAndTheWholeClauseSaidSo() throws Exception {
        String text = "Scientists should consider, before they design an experiment, whether its results could be "
                + "misused to cause harm, and should record that consideration in their laboratory notebooks.";
        Project project = Fixtures.after().withClause(Clause.of("new-duty", "A new duty", text));
        AnnotationThread long_ = AnnotationThread.open("t-9", TextAnchor.of(text, 0, text.length()),
                AnnotationKind.COMMENT, "Li Wei", Fixtures.T0, "Too long.");
        AnnotationThread whole = AnnotationThread.open("t-10", TextAnchor.wholeClause(), AnnotationKind.COMMENT,
                "Li Wei", Fixtures.T0, "Why this clause?");
        project = project.withThreads("new-duty", List.of(long_, whole));
        try (XWPFDocument doc = export(project, forPdf(CommentScope.OPEN, false))) {
            List<String> words = annex(doc).getRows().stream().map(r -> r.getCell(1).getText()).toList();
            String cut = text.substring(0, text.indexOf(" should record")) + "\u2026";
            assertThat(cut.length()).isLessThanOrEqualTo(CommentsAnnex.LONGEST_QUOTE + 1);
            assertThat(words).containsSubsequence("\u201c" + cut + "\u201d", "The whole clause");
        }
    }

    @Test
    void inArabicTheAnnexRunsRightToLeft() throws Exception {
        ExportOptions arabic = new ExportOptions(CommentScope.ALL, false, false, null, false,
                Locale.forLanguageTag("ar")).withCommentsAnnex(true);
        // a draft written in Arabic (a language version carries no threads: they are on the source's words)
        Project after = Fixtures.after();
        Project project = after.withInfo(after.info().withLanguages(new Languages("ar", List.of())));
        try (XWPFDocument doc = export(project, arabic)) {
            assertThat(headings(doc)).containsExactly("مرفق \u2013 التعليقات");
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("النص موضوع التعليق")).findFirst()
                    .orElseThrow();
            assertThat(table.getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
            assertThat(table.getRow(4).getCell(1).getText()).endsWith("\nتمت تسويته");
            // a cell whose text starts left to right (an English comment) runs left to right, its question mark at
            // its end, not drawn before its first word; the Arabic cells run right to left
            XWPFParagraph english = table.getRow(1).getCell(4).getParagraphs().get(0);
            assertThat(english.getText()).isEqualTo("Which one?");
            assertThat(english.getCTP().getPPr() == null || !english.getCTP().getPPr().isSetBidi()).isTrue();
            assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getCTP().getPPr().isSetBidi()).isTrue();
        }
    }
}
