package org.clausewright.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.docx.review.ReviewImporter;
import org.clausewright.docx.review.ReviewReader;
import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Frozen numbers are written as text, with bis and "[1.3 deleted]" (issue 11 item 4). */
class FrozenNumbersExportTest {
    /** Part 1: 1.1 … 1.4, frozen; then a clause inserted after 1.1 and 1.3 removed. */
    static Project frozenThenEdited() {
        Map<String, Clause> clauses = new TreeMap<>();
        List<OutlineItem> items = new ArrayList<>();
        for (String id : List.of("alpha", "beta", "gamma", "delta")) {
            clauses.put(id, Clause.of(id, "Clause " + id, "Text of " + id + "."));
            items.add(new ClauseRef(id));
        }
        Outline frozen = new Outline(List.of(new Part("ethics", "Ethics", items))).frozenNow();
        clauses.put("late", Clause.of("late", "Late addition", "Added after freezing."));
        clauses.remove("gamma");
        List<OutlineItem> edited = List.of(new ClauseRef("alpha"), new ClauseRef("late"), new ClauseRef("beta"),
                new ClauseRef("delta"));
        Outline outline = frozen.withParts(List.of(new Part("ethics", "Ethics", edited)));
        return new Project(ProjectInfo.titled("code", "Code"), outline, clauses, Map.of());
    }

    @Test
    void frozenNumbersAreTextNotWordNumberingWithBisAndALineWhereADeletedClauseStood() throws Exception {
        try (XWPFDocument doc = BracketExportTest.exported(frozenThenEdited(), ExportOptions.plain())) {
            List<String> body = body(doc);
            assertThat(body).containsExactly("Part 1 \u2013 Ethics", "1.1\tClause alpha", "Text of alpha.",
                    "1.1 bis\tLate addition", "Added after freezing.", "1.2\tClause beta", "Text of beta.",
                    "[1.3 deleted]", "1.4\tClause delta", "Text of delta.");
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    assertThat(p.getCTP().getPPr().getNumPr().getNumId().getVal().intValue())
                            .as("Word's numbering is off for %s", p.getText()).isZero();
                }
            }
        }
    }

    @Test
    void anUnfrozenDraftIsStillNumberedByWord() throws Exception {
        Project p = frozenThenEdited();
        p = p.withOutline(p.outline().unfrozen());
        try (XWPFDocument doc = BracketExportTest.exported(p, ExportOptions.plain())) {
            assertThat(body(doc)).containsExactly("Ethics", "Clause alpha", "Text of alpha.", "Late addition",
                    "Added after freezing.", "Clause beta", "Text of beta.", "Clause delta", "Text of delta.");
            assertThat(doc.getParagraphs()).allMatch(x -> x.getCTP().getPPr() == null
                    || x.getCTP().getPPr().getNumPr() == null);
        }
    }

    @Test
    void aReviewOfAFrozenExportComesBackOnItsClauses(@TempDir Path temp) throws Exception {
        Project p = frozenThenEdited();
        Clause late = p.clause("late").orElseThrow();
        AnnotationThread t = AnnotationThread.open("t-1", TextAnchor.of(late.text(), 0, 5), AnnotationKind.COMMENT,
                "Li Wei", Fixtures.T0, "Why now?");
        Path file = temp.resolve("frozen.docx");
        Files.write(file, Fixtures.export(Fixtures.request(p.withThreads("late", List.of(t)), null,
                ExportOptions.plain().withComments(CommentScope.ALL))));
        var added = ReviewImporter.plan(ReviewReader.read(file), p, null).addedByClause();
        assertThat(added).containsOnlyKeys("late");
        assertThat(added.get("late")).extracting(x -> x.anchor().quote()).containsExactly("Added");
    }

    /** The paragraphs after the cover (its last paragraph is the page break). */
    private static List<String> body(XWPFDocument doc) {
        List<String> all = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int part = 0;
        for (int i = 0; i < all.size(); i++) {
            if (doc.getParagraphs().get(i).getStyle() != null && doc.getParagraphs().get(i).getStyle().equals("Heading1")) {
                part = i;
                break;
            }
        }
        return all.subList(part, all.size());
    }
}
