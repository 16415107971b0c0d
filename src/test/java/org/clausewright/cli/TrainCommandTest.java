package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up cache's training run, as `mvn package` starts it through bin/clausewright train. */
class TrainCommandTest {
    @TempDir
    Path temp;

    /**
     * In a process of its own with a temporary folder of its own: other builds on the machine train at the
     * same time in the shared one, and their folders come and go while this test looks.
     */
    @Test
    void runsEveryHeadlessCommandOnATemporarySampleSaysOneLineAndLeavesNothing() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.clausewright.Main", "train")
                .redirectError(temp.resolve("err.txt").toFile()).redirectOutput(temp.resolve("out.txt").toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("training finished").isTrue();
        String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        assertThat(Files.readString(temp.resolve("out.txt")).lines()).singleElement().asString()
                .startsWith("Trained on a copy of the sample: new, validate, log, diff, export, import-review, record,"
                        + " outline, brackets, status, decide, freeze");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("left in the temporary folder")
                    .isEqualTo(List.of());
        }
    }

    @Test
    void isNotOfferedInTheHelp() {
        CliRun help = CliRun.of("--help");

        assertThat(help.out()).contains("export").doesNotContain("train");
    }
}
