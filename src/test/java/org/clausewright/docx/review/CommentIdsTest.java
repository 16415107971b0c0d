package org.clausewright.docx.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comments are placed by the range marks carrying their id; when ids collide the file is refused, not guessed. */
class CommentIdsTest {
    @TempDir
    Path dir;

    private static byte[] replaceAll(byte[] review, String part, String from, String to) throws Exception {
        return BadFiles.replacing(review, part, xml -> new String(xml, StandardCharsets.UTF_8).replace(from, to)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void twoCommentsWithOneIdAreRefusedNamingBoth() throws Exception {
        // the covering note is comment 0; comment 1 is on clause 1.2.1: give both the id 0, marks included
        byte[] review = replaceAll(BadFiles.review(), "word/comments.xml", "<w:comment w:id=\"1\"",
                "<w:comment w:id=\"0\"");
        review = replaceAll(review, "word/document.xml", "w:id=\"1\"/>", "w:id=\"0\"/>");
        Path file = BadFiles.write(dir, "same-ids.docx", review);
        assertThatThrownBy(() -> ReviewReader.read(file)).isInstanceOf(ReviewFileException.class)
                .hasMessageStartingWith("same-ids.docx was refused: two of its comments have the same id \u201c0\u201d"
                        + " (the comment by Ingrid Solberg beginning \u201cPlease circulate to all members.\u201d, and"
                        + " the comment by Ingrid Solberg beginning \u201c")
                .hasMessageContaining("ask the reviewer to save it again from Word");
    }

    @Test
    void oneIdMarkingTwoRangesIsRefused() throws Exception {
        byte[] review = replaceAll(BadFiles.review(), "word/document.xml", "<w:commentRangeStart w:id=\"1\"/>",
                "<w:commentRangeStart w:id=\"1\"/><w:commentRangeStart w:id=\"2\"/>");
        Path file = BadFiles.write(dir, "twice.docx", review);
        assertThatThrownBy(() -> ReviewReader.read(file)).isInstanceOf(ReviewFileException.class)
                .hasMessageContaining("twice.docx was refused: the range of the comment by Ingrid Solberg beginning")
                .hasMessageContaining("(id \u201c2\u201d) is marked more than once");
    }
}
