package org.clausewright.cli;

import org.clausewright.docx.review.BadFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and damaged reviews through the real program in a process of its own: what the zip reader and the
 * XML parser said (a damaged zip, a DOCTYPE, a malformed byte) goes to the log file in the user's state
 * folder, with the stack, and the terminal gets the program's one line.
 */
class LibraryLogTest {
    @TempDir
    static Path temp;
    private static Path project;

    @BeforeAll
    static void sample() {
        project = temp.resolve("model-code");
        assertThat(CliRun.of("new", project.toString(), "--sample").exit()).isZero();
    }

    @Test
    void theTerminalGetsOneLineAndTheLogFileTheLibrariesMessages() throws Exception {
        Path bad = Files.createDirectories(temp.resolve("bad"));
        Path state = temp.resolve("state");
        Path truncated = BadFiles.truncated(bad);
        Path doctype = BadFiles.write(bad, "doctype-types.docx", BadFiles.replacing("[Content_Types].xml",
                xml -> withDoctype(xml)));
        Path malformed = BadFiles.write(bad, "malformed.docx", BadFiles.replacing("docProps/custom.xml", xml -> {
            byte[] broken = Arrays.copyOf(xml, xml.length);
            int afterDeclaration = new String(xml, StandardCharsets.ISO_8859_1).indexOf("?>") + 8;
            broken[afterDeclaration] = (byte) 0xC3;
            broken[afterDeclaration + 1] = (byte) 0x28;
            return broken;
        }));

        for (Path file : List.of(truncated, doctype, malformed)) {
            Run run = run(state, "import-review", project.toString(), file.toString(), "--dry-run");
            assertThat(run.exit()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).as(file.toString()).startsWith("clausewright: " + file.getFileName())
                    .endsWith("\n").containsOnlyOnce("\n");
        }
        Path log = state.resolve("clausewright/clausewright.0.log");
        assertThat(log).exists();
        // the terminal's one line is for the member; what the parser and the zip reader said goes to the log
        assertThat(Files.readString(log)).contains("Clausewright started (process ",
                "Caused by: java.util.zip.ZipException: Archive is not a ZIP archive",
                "Caused by: javax.xml.stream.XMLStreamException: it contains a DOCTYPE declaration",
                "Caused by: java.nio.charset.MalformedInputException");
    }

    @Test
    void aDoctypeInAnyPartIsRefusedInOneLineAndLoggedInFull() throws Exception {
        Path state = temp.resolve("state-core");
        Path coreWithDoctype = BadFiles.write(Files.createDirectories(temp.resolve("odd")), "core-doctype.docx",
                BadFiles.replacing("docProps/core.xml", LibraryLogTest::withDoctype));

        Run run = run(state, "import-review", project.toString(), coreWithDoctype.toString(), "--dry-run");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("clausewright: core-doctype.docx was refused: it contains a DOCTYPE "
                + "declaration, which Word documents never have (a crafted file?); ask the reviewer to save it again "
                + "from Word\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(state.resolve("clausewright/clausewright.0.log")))
                .contains("ReviewFileException: core-doctype.docx was refused", "at org.clausewright.docx.review.");
    }

    @Test
    void aCommandThatLogsNothingWritesNoLogFile() throws Exception {
        Path state = temp.resolve("state-quiet");
        Run run = run(state, "log", project.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(state).doesNotExist();
    }

    private static byte[] withDoctype(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int afterDeclaration = text.indexOf("?>") + 2;
        return (text.substring(0, afterDeclaration) + "<!DOCTYPE x [<!ENTITY a \"b\">]>" + text.substring(afterDeclaration))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Run run(Path state, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.clausewright.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(Map.of("XDG_STATE_HOME", state.toString(), "HOME", temp.toString()));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("clausewright " + String.join(" ", args) + " did not finish in two minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Run(int exit, String out, String err) {
    }
}
