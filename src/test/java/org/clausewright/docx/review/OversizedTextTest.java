package org.clausewright.docx.review;

import org.clausewright.model.Project;
import org.clausewright.model.TextLimits;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.store.ProjectWriter;
import org.clausewright.store.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whatever the import accepts, the project's reader reads back: a text past the one shared limit is refused. */
class OversizedTextTest {
    private static Project sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        sample = ProjectReader.read(new ProjectFolder(Path.of("resources/sample/v4"))).orThrow();
    }

    private static String refusal(Path file) {
        try {
            ReviewImporter.plan(ReviewReader.read(file), sample, null);
        } catch (ReviewFileException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError(file + " was not refused");
    }

    @Test
    void aCommentLongerThanTheLimitIsRefusedByNameWhileItIsRead() throws Exception {
        Path file = BadFiles.write(dir, "long.docx", BadFiles.withLongComment(TextLimits.MAX_TEXT_CHARS + 1));
        assertThat(refusal(file)).startsWith("long.docx was refused: the comment by Ingrid Solberg beginning"
                + " \u201cPlease circulate to all members.").contains("is longer than 1,000,000 characters, more than a"
                + " text in a project may have; ask the reviewer to shorten it");
    }

    @Test
    void aParagraphLongerThanAnyClauseIsRefusedWhileItIsRead() throws Exception {
        String words = "Please circulate to all members. " + "and so on ".repeat(TextLimits.MAX_TEXT_CHARS / 10);
        Path file = BadFiles.write(dir, "long.docx", BadFiles.replacing("word/document.xml", xml ->
                new String(xml, StandardCharsets.UTF_8).replaceFirst("<w:t>[^<]*</w:t>", "<w:t>" + words + "</w:t>")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(refusal(file)).startsWith("long.docx was refused: its paragraph 1 (beginning \u201c")
                .contains("is longer than 1,000,000 characters");
    }

    @Test
    void theLongestCommentTheImportAcceptsIsReadBack() throws Exception {
        String trailer = "\n" + Texts.trailer("long.docx");
        Path file = BadFiles.write(dir, "long.docx",
                BadFiles.withLongComment(TextLimits.MAX_TEXT_CHARS - trailer.length()));
        ReviewPlan plan = ReviewImporter.plan(ReviewReader.read(file), sample, null);
        Project after = plan.applyTo(sample);
        assertThat(after.unplaced()).anySatisfy(u -> assertThat(u.thread().text()).hasSize(TextLimits.MAX_TEXT_CHARS));
        Path project = dir.resolve("project");
        new ProjectWriter(new ProjectFolder(project)).writeAll(after);
        ReadResult read = ProjectReader.read(new ProjectFolder(project));
        assertThat(read.problems()).isEmpty();
        assertThat(read.project().unplaced()).hasSize(after.unplaced().size());
    }

    @Test
    void oneCharacterMoreIsRefused() throws Exception {
        String trailer = "\n" + Texts.trailer("long.docx");
        Path file = BadFiles.write(dir, "long.docx",
                BadFiles.withLongComment(TextLimits.MAX_TEXT_CHARS - trailer.length() + 1));
        ReviewDocument doc = ReviewReader.read(file);
        assertThatThrownBy(() -> ReviewImporter.plan(doc, sample, null)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("is 999,981 characters long, more than the 999,980 a comment from this file may have");
    }
}
