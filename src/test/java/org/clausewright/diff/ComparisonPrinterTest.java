package org.clausewright.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.diff.Drafts.clause;
import static org.clausewright.diff.Drafts.part;
import static org.clausewright.diff.Drafts.project;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decided;
import org.clausewright.model.Project;
import org.junit.jupiter.api.Test;

class ComparisonPrinterTest {

    private final Project before = project(List.of(part("p1", "a", "b"), part("p2", "c", "d")), "lib");

    private static String print(Comparison comparison, DiffStyle style) {
        StringWriter text = new StringWriter();
        new ComparisonPrinter(style, Locale.ROOT).print(comparison, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void structuralLinesComeFirstThenTheWordDiffs() {
        Project after = project(List.of(part("p1", "a", "lib"), part("p2", "new", "c", "d")), "b")
                .withClause(Decided.as(clause("c").withText("Text about c."), ClauseStatus.AGREED));

        String text = print(DraftComparator.compare(before, after), DiffStyle.PLAIN);

        assertThat(text).contains(
                "+ 1.2  Heading of lib (added from the library)\n",
                "+ 2.1  Heading of new (added)\n",
                "# 2.1 \u2192 2.2  Heading of c (renumbered, text changed, metadata changed, brackets or decisions"
                        + " changed)\n"
                        + "    2.2 status: proposed \u2192 agreed (recorded by Test Member)\n",
                "# 2.2 \u2192 2.3  Heading of d (renumbered)\n",
                "- 1.2  Heading of b (removed, now in the library)\n",
                "@@ 2.2  Heading of c\nText [-of-]{+about+} c.\n");
        assertThat(text.indexOf("- 1.2")).isLessThan(text.indexOf("@@"));
        assertThat(text).startsWith("Clauses: 2 added, 1 removed, 0 moved, 2 renumbered; no heading, 1 text and metadata of 1 clause changed");
    }

    @Test
    void aMovedClauseShowsBothNumbers() {
        Project after = project(List.of(part("p1", "b"), part("p2", "c", "a", "d")), "lib");

        assertThat(print(DraftComparator.compare(before, after), DiffStyle.PLAIN))
                .contains("~ 1.1 \u2192 2.2  Heading of a (moved)\n");
    }

    @Test
    void anAddedClauseShowsItsWholeTextAsInserted() {
        Project after = project(List.of(part("p1", "a", "b"), part("p2", "c", "d", "e")), "lib");

        assertThat(print(DraftComparator.compare(before, after), DiffStyle.PLAIN))
                .contains("@@ 2.3  Heading of e\nheading: {+Heading of e+}\n{+Text of e.+}\n");
    }

    @Test
    void ansiStyleColoursRemovedRedAndInsertedGreenLineByLine() {
        TextDiff diff = WordDiff.diff("keep old\nline", "keep new\nline\nadded");

        assertThat(DiffStyle.ANSI.render(diff)).isEqualTo(
                "keep \u001B[31mold\u001B[0m\u001B[32mnew\u001B[0m\nline\n\u001B[32madded\u001B[0m");
        assertThat(DiffStyle.PLAIN.render(diff)).isEqualTo("keep [-old-]{+new+}\nline{+\nadded+}");
    }

    @Test
    void structureAndProjectChangesArePrinted() {
        Project after = project(List.of(part("p2", "c", "d"), part("p1", "a", "b")), "lib");
        after = after.withInfo(after.info().withTitle("Tianjin-style Code"));

        String text = print(DraftComparator.compare(before, after), DiffStyle.PLAIN);

        assertThat(text).contains("* title: Model Code \u2192 Tianjin-style Code\n", "~ Part 2 \u2192 1  Part p2 (moved)\n");
    }

    @Test
    void partialProjectsNameUnloadedClausesById() {
        Project after = project(List.of(part("p1", "b", "a"), part("p2", "c", "d")), "lib");

        String text = print(DraftComparator.compare(Drafts.partial(before), Drafts.partial(after)), DiffStyle.PLAIN);

        assertThat(text).contains("~ 1.2 \u2192 1.1  [b] (moved)\n").doesNotContain("@@");
    }

    @Test
    void noDifferencesSaysSo() {
        assertThat(print(DraftComparator.compare(before, before), DiffStyle.PLAIN)).isEqualTo("No differences.\n");
    }
}
