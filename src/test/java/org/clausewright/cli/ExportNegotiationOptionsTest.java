package org.clausewright.cli;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's negotiation options on the command line (issue 11 items 2 and 3). */
class ExportNegotiationOptionsTest {
    @TempDir
    Path temp;

    @Test
    void theCleanTextIsRefusedWithExitOneNamingTheOpenBracketsAndNoFileIsWritten() {
        Path dir = temp.resolve("p");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        Path file = temp.resolve("clean.docx");
        CliRun run = CliRun.of("export", dir.toString(), "-o", file.toString(), "--text", "clean");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("clausewright: cannot export the agreed text while ")
                .contains("[the institutional biosafety committee / the competent national authority]")
                .containsPattern("\\d\\.\\d+(\\.\\d+)? (b-[0-9a-z]{8,10}|typed) \\[")
                .contains("Clean or delete them first").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(file).doesNotExist();
    }

    @Test
    void compilationAndStatusColoursAreWrittenAndTheTextIsBracketedByDefault() throws Exception {
        Path dir = temp.resolve("p");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        Path file = temp.resolve("draft.docx");
        CliRun run = CliRun.of("export", dir.toString(), "-o", file.toString(), "--compilation", "--status-colours");
        assertThat(run.exit()).as(run.err()).isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("Annex \u2013 Compilation of proposals", "Colours show where each clause stands:")
                    .anyMatch(t -> t.contains("[the institutional biosafety committee / the competent national authority]"));
        }
    }
}
