package org.clausewright.docx.review;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The files Microsoft Word saved, shared beside the project (not copied into it: another project's licence).
 * Where they are missing the tests that need them fail, saying where the files must be.
 */
final class WordAuthored {
    static final Path FOLDER = Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/word-authored")
            .normalize();

    private WordAuthored() {
    }

    static Path file(String name) {
        Path file = FOLDER.resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("the Word-authored fixture " + file + " is missing: the files Microsoft Word saved must be in "
                    + FOLDER + ", that is shared/fixtures/word-authored/ in a folder beside this checkout (they are"
                    + " another project's and are not copied into this repository)");
        }
        return file;
    }
}
