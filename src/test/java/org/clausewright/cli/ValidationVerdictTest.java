package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 item 13: validate, record, export and import-review give one verdict on the same project. */
class ValidationVerdictTest {
    @TempDir
    Path temp;

    @Test
    void warningsArePrintedAsSuchAndBlockNothing() throws Exception {
        Path dir = temp.resolve("p");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        Path clause = dir.resolve("clauses/do-no-harm.json");
        Files.writeString(clause, Files.readString(clause)
                .replace("\"category\": \"ethics\"", "\"category\": \"retired-category\"")
                .replace("\"Where the risk", "\"Wh\u00e9re [the risk")
                .replace("\"alternativeOf\": \"\"", "\"alternativeOf\": \"no-such-clause\""));

        CliRun validate = CliRun.of("validate", dir.toString());
        String file = dir.resolve("clauses/do-no-harm.json").toString();
        assertThat(validate.out()).isEqualTo(String.join("\n",
                "warning: " + file + ":7:12: an opening bracket `[` is never closed",
                "warning: " + file + ":9:3: category \"retired-category\" is not one of the categories in project.json",
                "warning: " + file + ":31:3: `alternativeOf` names clause \"no-such-clause\", which has no file",
                dir + ": valid, with 3 warnings (they block nothing)", ""));
        assertThat(validate.exit()).isZero();
        CliRun record = CliRun.of("record", dir.toString(), "--label", "With warnings", "--author", "Test");
        assertThat(record.exit()).as(record.err()).isZero();
        CliRun export = CliRun.of("export", dir.toString(), "-o", temp.resolve("d.docx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
    }

    @Test
    void aProblemMakesEveryCommandRefuseAndSayWhere() throws Exception {
        Path dir = temp.resolve("p");
        CliRun.of("new", dir.toString(), "--sample");
        Path review = temp.resolve("review.docx");
        assertThat(CliRun.of("export", dir.toString(), "-o", review.toString(), "--comments", "all").exit()).isZero();
        Path clause = dir.resolve("clauses/do-no-harm.json");
        Files.writeString(clause, Files.readString(clause) + "}\n");
        String where = dir.resolve("clauses/do-no-harm.json") + ":49:1: there is more after the end of the JSON object";

        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).startsWith(where).endsWith("1 problem\n");
        String log = CliRun.of("log", dir.toString()).out();
        for (String[] command : new String[][] {
                {"record", dir.toString(), "--label", "Broken", "--author", "Test"},
                {"export", dir.toString(), "-o", temp.resolve("d.docx").toString()},
                {"import-review", dir.toString(), review.toString(), "--author", "Test"}}) {
            CliRun run = CliRun.of(command);
            assertThat(run.exit()).as(command[0]).isNotZero();
            assertThat(run.err()).as(command[0]).contains("clauses/do-no-harm.json:49:1: there is more after the end");
        }
        assertThat(temp.resolve("d.docx")).doesNotExist();
        assertThat(CliRun.of("log", dir.toString()).out()).as("no version recorded").isEqualTo(log);
    }
}
