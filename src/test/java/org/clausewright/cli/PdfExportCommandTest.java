package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `export -o draft.pdf` as a member runs it: the format follows the name, a machine without LibreOffice gets one
 * line naming the package, and the office the command started is gone when it ends.
 */
class PdfExportCommandTest {
    @TempDir
    Path temp;

    private record Result(int exit, String output) {
    }

    private Result run(String javaOption, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + temp.resolve("tmp")));
        if (javaOption != null) {
            command.add(javaOption);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.clausewright.Main"));
        command.addAll(List.of(args));
        Files.createDirectories(temp.resolve("tmp"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private Path sample() throws Exception {
        Path dir = temp.resolve("sample");
        assertThat(run(null, "new", dir.toString(), "--sample").exit).isZero();
        return dir;
    }

    @Test
    void withoutLibreOfficeTheCommandSaysWhichPackageToInstallAndWritesNothing() throws Exception {
        Path dir = sample();
        Path empty = Files.createDirectories(temp.resolve("no-office"));
        Result result = run("-Dclausewright.office.home=" + empty, "export", dir.toString(), "-o",
                temp.resolve("draft.pdf").toString());
        assertThat(result.exit).as(result.output).isEqualTo(1);
        assertThat(result.output.strip()).startsWith("clausewright: PDF export needs LibreOffice")
                .contains("libreoffice-writer").doesNotContain("\n", "Exception", "\tat ");
        assertThat(temp.resolve("draft.pdf")).doesNotExist();
        // the Word export is untouched by it
        assertThat(run("-Dclausewright.office.home=" + empty, "export", dir.toString(), "-o",
                temp.resolve("draft.docx").toString()).exit).isZero();
    }

    @Test
    void theFormatFollowsTheNameOrFormatAndPdfAIsForPdfOnly() throws Exception {
        Path dir = sample();
        Result wrong = run(null, "export", dir.toString(), "-o", temp.resolve("x.docx").toString(), "--pdf-a");
        assertThat(wrong.exit).isEqualTo(2);
        assertThat(wrong.output).contains("--pdf-a is for PDF");

        Path named = temp.resolve("circulated.out");
        Result pdf = run(null, "export", dir.toString(), "-o", named.toString(), "--format", "pdf", "--pdf-a");
        assertThat(pdf.exit).as(pdf.output).isZero();
        assertThat(pdf.output).contains("(PDF/A-2b)");
        assertThat(new String(Files.readAllBytes(named), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // its office ran with this test's temporary folder for its profile: no process of it is left
        assertThat(ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("soffice") && c.contains(temp.toString())).toList()).isEmpty();
    }
}
