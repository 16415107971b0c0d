package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line loop a secretariat scripts: new → validate → edit → record → log → diff. */
class CommandLineScenarioTest {
    @TempDir
    Path temp;

    @Test
    void editingAClauseFileThenRecordingShowsTheChangedWordsInDiff() throws Exception {
        Path dir = temp.resolve("model-code");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        CliRun valid = CliRun.of("validate", dir.toString());
        assertThat(valid.exit()).isZero();
        assertThat(valid.out()).contains("valid");

        Path clause = dir.resolve("clauses/do-no-harm.json");
        String text = Files.readString(clause);
        assertThat(text).contains("harm");
        Files.writeString(clause, text.replaceFirst("Scientists", "Every scientist"));

        CliRun record = CliRun.of("record", dir.toString(), "--label", "Working draft 5", "--message",
                "Subject made singular", "--author", "Ingrid Solberg");
        assertThat(record.exit()).as(record.err()).isZero();
        String id = record.out().strip();
        assertThat(id).matches("[0-9a-f]{40}");

        CliRun log = CliRun.of("log", dir.toString());
        String[] lines = log.out().split("\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith(id.substring(0, 10) + " ")
                .contains(" Ingrid Solberg Working draft 5 — Subject made singular");
        assertThat(lines[4]).contains("Working draft 1");

        CliRun diff = CliRun.of("diff", dir.toString(), "Working draft 4", id.substring(0, 8), "--colour", "never");
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("[-Scientists -]{+Every scientist +}should").contains("1 text and");
    }

    @Test
    void diffAgainstTheWorkingDraftShowsUnrecordedEdits() throws Exception {
        Path dir = temp.resolve("p");
        CliRun.of("new", dir.toString(), "--sample");
        Path clause = dir.resolve("clauses/do-no-harm.json");
        Files.writeString(clause, Files.readString(clause).replace("avoid causing harm", "avoid causing serious harm"));
        CliRun diff = CliRun.of("diff", dir.toString(), "Working draft 4", "working", "--colour", "never");
        assertThat(diff.out()).contains("{+serious +}");
    }

    @Test
    void validateNamesATruncatedFileAndAnUnsafeIdWithTheirLines() throws Exception {
        Path dir = temp.resolve("model-code");
        CliRun.of("new", dir.toString(), "--sample");
        Path truncated = dir.resolve("clauses/do-no-harm.json");
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        Path evil = dir.resolve("clauses/national-law.json");
        Files.writeString(evil, Files.readString(evil).replace("\"id\": \"national-law\"", "\"id\": \"../../evil\""));

        CliRun run = CliRun.of("validate", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).containsPattern(dir.resolve("clauses/do-no-harm.json") + ":\\d+:\\d+: the file ends")
                .contains(dir.resolve("clauses/national-law.json") + ":3:3: clause id \"../../evil\" is not allowed");
        assertThat(temp.resolve("evil.json")).doesNotExist();
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void recordRefusesAProjectWithProblemsAndSaysWhere() throws Exception {
        Path dir = temp.resolve("p");
        CliRun.of("new", dir.toString(), "--sample");
        Files.writeString(dir.resolve("clauses/do-no-harm.json"), "{");
        CliRun run = CliRun.of("record", dir.toString(), "--label", "X", "--author", "A");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("clausewright: " + dir.resolve("clauses/do-no-harm.json").toAbsolutePath()
                + ":").doesNotContain("\n");
    }

    @Test
    void errorsAreOneLineWithANonZeroExit() throws Exception {
        Path dir = temp.resolve("p");
        CliRun.of("new", dir.toString(), "--sample");

        CliRun unknown = CliRun.of("diff", dir.toString(), "Draft 9", "working");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("clausewright: no version named \"Draft 9\"; `clausewright log "
                + dir.toAbsolutePath().normalize() + "` lists them");

        CliRun notProject = CliRun.of("log", temp.toString());
        assertThat(notProject.exit()).isEqualTo(1);
        assertThat(notProject.err().strip()).contains("is not a Clausewright project").doesNotContain("\n");

        CliRun exists = CliRun.of("new", dir.toString());
        assertThat(exists.exit()).isEqualTo(1);
        assertThat(exists.err()).contains("is not empty");

        CliRun usage = CliRun.of("record", dir.toString());
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("--label");
    }

    @Test
    void aNewEmptyProjectIsValidAndHasItsFirstVersion() {
        Path dir = temp.resolve("empty");
        assertThat(CliRun.of("new", dir.toString(), "--title", "Code for virologists", "--author", "A").exit()).isZero();
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
        assertThat(CliRun.of("log", dir.toString()).out()).contains("Project created");
    }

    @Test
    void openHandsTheFolderToTheWindow() {
        java.util.List<Path> opened = new java.util.ArrayList<>();
        int exit = new ClausewrightCli(opened::add).run(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), "open", "some/dir");
        assertThat(exit).isZero();
        assertThat(opened).containsExactly(Path.of("some/dir").toAbsolutePath().normalize());
    }

    @Test
    void everySubcommandShowsItsUsageOnHelpAndTheTopLevelHelpListsThemAll() {
        for (String sub : java.util.List.of("new", "validate", "record", "log", "diff", "export", "import-review",
                "outline", "brackets", "decide", "status", "freeze", "clone", "remote", "sync", "bundle", "bench",
                "open")) {
            CliRun help = CliRun.of(sub, "--help");
            assertThat(help.exit()).as(sub + " --help\n" + help.err()).isZero();
            assertThat(help.out()).startsWith("Usage: clausewright " + sub);
        }
        CliRun all = CliRun.of("--help");
        assertThat(all.out()).contains("new", "validate", "record", "log", "diff", "export", "import-review", "outline",
                "brackets", "decide", "status", "freeze", "clone", "remote", "sync", "bundle", "bench");
        CliRun typo = CliRun.of("exprot", "dir");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("exprot");
    }
}
