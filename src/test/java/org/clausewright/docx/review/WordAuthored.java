package org.clausewright.docx.review;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The files Microsoft Word saved, shared beside the project (not copied into it: another project's licence).
 * Missing in CI is a failure; on a workstation without them the tests that need them are skipped.
 */
final class WordAuthored {
    static final Path FOLDER = Path.of(System.getProperty("user.dir")).resolve("../shared/fixtures/word-authored")
            .normalize();

    private WordAuthored() {
    }

    static Path file(String name) {
        Path file = FOLDER.resolve(name);
        if (!Files.isRegularFile(file)) {
            if (System.getenv("CI") != null) {
                fail("the Word-authored fixture " + file + " is missing; CI needs ../shared/fixtures/word-authored/");
            }
            assumeTrue(false, "no Word-authored fixtures at " + FOLDER);
        }
        return file;
    }
}
