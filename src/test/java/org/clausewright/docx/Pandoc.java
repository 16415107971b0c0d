package org.clausewright.docx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/** Runs pandoc on an exported file. Where pandoc is missing the test fails, saying what to install. */
final class Pandoc {
    private Pandoc() {
    }

    static final String MISSING = "pandoc is not installed, and the tests read exported files and write reviews"
            + " with it: install it (Debian and Ubuntu: apt-get install pandoc; macOS: brew install pandoc);"
            + " .ci/run installs it on CI";

    static void require() {
        if (!available()) {
            fail(MISSING);
        }
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** pandoc's output for the file, in the given format and track-changes mode; fails on a non-zero exit. */
    static String read(byte[] docx, String trackChanges, String format) throws IOException, InterruptedException {
        Path file = Files.createTempFile("clausewright-pandoc", ".docx");
        try {
            Files.write(file, docx);
            List<String> command = new ArrayList<>(List.of("pandoc", "--track-changes=" + trackChanges,
                    "-f", "docx", "-t", format, "--wrap=none", file.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                fail("pandoc could not read the export: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
