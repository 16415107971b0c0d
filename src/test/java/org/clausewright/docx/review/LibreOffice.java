package org.clausewright.docx.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A .docx opened and saved again by LibreOffice headless, as a reviewer without Word would send it back. */
final class LibreOffice {
    private LibreOffice() {
    }

    /** The file as LibreOffice writes it, in {@code outDir}; fails (never skips) when LibreOffice is missing. */
    static Path resave(Path file, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        // its own profile: another LibreOffice running on the machine would otherwise take the conversion over
        Path profile = outDir.resolve("profile");
        Process p;
        try {
            p = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir.toString(), file.toString()))
                    .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("LibreOffice (soffice) is needed for this test: apt-get install "
                    + "libreoffice-writer", e);
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert " + file + " within 5 minutes");
        }
        Path out = outDir.resolve(file.getFileName());
        if (p.exitValue() != 0 || !Files.exists(out)) {
            throw new AssertionError("LibreOffice did not convert " + file + ": " + Files.readString(
                    outDir.resolve("soffice.log")));
        }
        return out;
    }
}
