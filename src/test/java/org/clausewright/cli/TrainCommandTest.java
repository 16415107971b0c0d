package org.clausewright.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up cache's training run, as `mvn package` starts it through bin/clausewright train. */
class TrainCommandTest {
    @Test
    void runsEveryHeadlessCommandOnATemporarySampleSaysOneLineAndLeavesNothing() throws Exception {
        Set<Path> before = trainingFolders();

        CliRun run = CliRun.of("train");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).singleElement().asString()
                .startsWith("Trained on a copy of the sample: new, validate, log, diff, export, import-review, record");
        assertThat(trainingFolders()).isEqualTo(before);
    }

    @Test
    void isNotOfferedInTheHelp() {
        CliRun help = CliRun.of("--help");

        assertThat(help.out()).contains("export").doesNotContain("train");
    }

    private static Set<Path> trainingFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("clausewright-train"))
                    .collect(Collectors.toSet());
        }
    }
}
