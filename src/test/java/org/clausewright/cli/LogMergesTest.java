package org.clausewright.cli;

import org.clausewright.history.GitProgram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `clausewright log` on a history with a merge made by git: every version once, the merge marked. */
class LogMergesTest {
    @TempDir
    Path tmp;

    @Test
    void aMergeIsOneLineNamingTheVersionItJoinedAndBothSidesAreListed() throws Exception {
        Path dir = tmp.resolve("sample");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        GitProgram git = GitProgram.in(dir);
        git.run("checkout", "-q", "-b", "li");
        Path clause;
        try (var files = Files.list(dir.resolve("clauses"))) {
            clause = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(clause, Files.readString(clause).replaceFirst("(\"text\": \\[\\s*\")", "$1Li's words. "));
        git.run("add", clause.toString());
        git.commitAs("Li Wei", "Li's wording");
        String li = git.run("rev-parse", "HEAD").strip();
        git.run("checkout", "-q", "main");
        git.runAs("Ingrid Solberg", "merge", "-q", "--no-ff", "--no-edit", "li");

        String[] lines = CliRun.of("log", dir.toString()).out().split("\n");

        assertThat(lines).hasSize(6);
        assertThat(lines[0]).contains("Ingrid Solberg Merge branch 'li'").endsWith("(merge of " + li.substring(0, 10) + ")");
        assertThat(lines).filteredOn(line -> line.contains("Li Wei Li's wording")).hasSize(1);
        assertThat(lines).filteredOn(line -> line.contains("(merge of")).hasSize(1);
    }
}
