package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: a project a newer Clausewright wrote validates with warnings, and records and exports. */
class NewerFilesCommandsTest {
    @TempDir
    Path temp;

    @Test
    void unknownKeysAndValuesAreWarningsAndValidateExitsZero() throws Exception {
        Path dir = temp.resolve("p");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        Path clause = dir.resolve("clauses/do-no-harm.json");
        String text = Files.readString(clause);
        Files.writeString(clause, text.substring(0, text.lastIndexOf('}')).stripTrailing()
                + ",\n  \"reviewDeadline\": {\n    \"due\": \"2027-01-31\",\n    \"by\": [\n      \"nor\"\n    ]\n  }\n}\n");
        byte[] before = Files.readAllBytes(clause);

        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).as(validate.out()).isZero();
        assertThat(validate.out()).containsPattern("warning: " + java.util.regex.Pattern.quote(clause.toString())
                + ":\\d+:3: unknown key `reviewDeadline` \\(kept as is; written by a newer Clausewright\\?\\)\n")
                .contains(": valid, with ");

        CliRun record = CliRun.of("record", dir.toString(), "--label", "From a newer site", "--author", "Test");
        assertThat(record.exit()).as(record.err()).isZero();
        assertThat(Files.readAllBytes(clause)).isEqualTo(before);
        CliRun export = CliRun.of("export", dir.toString(), "-o", temp.resolve("d.docx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
    }

    @Test
    void aNewerSchemaVersionIsRefusedWithTheUpdateMessage() throws Exception {
        Path dir = temp.resolve("p");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        Path clause = dir.resolve("clauses/do-no-harm.json");
        Files.writeString(clause, Files.readString(clause).replace("\"schemaVersion\": 2", "\"schemaVersion\": 3"));

        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).startsWith(clause + ":2:3: schemaVersion 3 is newer than this Clausewright reads "
                + "(up to 2): update Clausewright to open it\n");
    }
}
