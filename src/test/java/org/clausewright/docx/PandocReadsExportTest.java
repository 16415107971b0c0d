package org.clausewright.docx;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A program we did not write reads the export: headings, comments on the right words, and the revisions. */
class PandocReadsExportTest {
    private static byte[] docx;

    @BeforeAll
    static void export() throws Exception {
        Pandoc.require();
        docx = Fixtures.export(Fixtures.request(Fixtures.after(), Fixtures.baseline(), Fixtures.everything()));
    }

    @Test
    void showsEveryClauseHeadingTheCommentsAndTheRevisions() throws Exception {
        String json = Pandoc.read(docx, "all", "json");
        assertThat(json).contains("\"t\":\"Header\"");
        String markdown = Pandoc.read(docx, "all", "markdown");
        assertThat(markdown).containsPattern("(?m)^## .*Duty of care").containsPattern("(?m)^### Reporting \\[concerns]\\{\\.insertion")
                .containsPattern("(?m)^### .*A new duty").containsPattern("(?m)^## .*Old rule");
        // The question sits on the bracketed words, its reply on the same words.
        assertThat(markdown).containsPattern("\\{\\.comment-start id=\"\\d+\" author=\"Li Wei\"[^}]*}"
                + "\\[Should, as agreed\\.]\\{\\.comment-start[^}]*}\\\\\\[shall / should\\\\]");
        assertThat(markdown).containsPattern("\\[promptly ?]\\{\\.insertion author=\"Amina Diallo\"");
        assertThat(markdown).containsPattern("\\[Old rule]\\{\\.deletion author=\"Amina Diallo\"");
    }

    @Test
    void acceptingGivesTheNewTextAndRejectingTheOld() throws Exception {
        String accepted = Pandoc.read(docx, "accept", "plain");
        assertThat(accepted).contains("Report concerns promptly to the institution.", "(b) before publication.",
                "Scientists should mentor others.").doesNotContain("An old rule that was dropped.");
        String rejected = Pandoc.read(docx, "reject", "plain");
        assertThat(rejected).contains("Report concerns to the institution.", "An old rule that was dropped.",
                "Ethics").doesNotContain("Scientists should mentor others.", "(b) before publication.", "promptly");
    }
}
