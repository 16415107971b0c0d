package org.clausewright.docx.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of bad file is refused with one sentence that names it and says what is wrong. */
class BadFilesTest {
    @TempDir
    Path dir;

    private static String refusal(Path file) {
        try {
            ReviewReader.read(file);
        } catch (ReviewFileException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName().toString()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError(file + " was not refused");
    }

    @Test
    void aFileThatIsNotADocx() throws Exception {
        assertThat(refusal(BadFiles.notADocx(dir))).isEqualTo("notes.docx is not a .docx file (Word document)");
    }

    @Test
    void aPasswordProtectedDocument() throws Exception {
        assertThat(refusal(BadFiles.encrypted(dir))).contains("password-protected or encrypted");
    }

    @Test
    void aZipBomb() throws Exception {
        assertThat(refusal(BadFiles.zipBomb(dir))).contains("expands to more than 100 MB").contains("zip bomb");
    }

    @Test
    void aDoctypeWithAnExternalEntity() throws Exception {
        assertThat(refusal(BadFiles.withDoctype(dir))).contains("DOCTYPE");
    }

    @Test
    void anOversizedFile() throws Exception {
        assertThat(refusal(BadFiles.oversized(dir))).contains("more than the 50 MB a review may have");
    }

    @Test
    void anOversizedPart() throws Exception {
        Path file = BadFiles.write(dir, "review.docx", BadFiles.review());
        assertThatThrownBy(() -> ReviewReader.read(file, new ReviewPackage.Limits(50L << 20, 4 << 10)))
                .isInstanceOf(ReviewFileException.class)
                .hasMessage("review.docx was refused: its part word/document.xml expands to more than 4 KB, far beyond any"
                        + " real review (a zip bomb, or a damaged file)");
    }

    @Test
    void aTruncatedArchive() throws Exception {
        assertThat(refusal(BadFiles.truncated(dir))).contains("damaged or incomplete");
    }

    @Test
    void aMissingFile() {
        assertThat(refusal(dir.resolve("absent.docx"))).isEqualTo("absent.docx does not exist: check the name and the folder");
    }
}
