package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `diff --language fr`: the French version of two versions compared word by word, as the source is. */
class DiffLanguageTest {
    @TempDir
    Path tmp;

    @Test
    void theFrenchWordsThatChangedAndNotTheSources() throws Exception {
        Path dir = tmp.resolve("sample");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        Path french = dir.resolve("translations/fr/national-law.json");
        Files.writeString(french, Files.readString(french).replaceFirst("Les scientifiques devraient",
                "Les scientifiques doivent"));
        Path english = dir.resolve("clauses/do-no-harm.json");
        Files.writeString(english, Files.readString(english).replaceFirst("\"heading\": \"", "\"heading\": \"Edited: "));

        CliRun run = CliRun.of("diff", dir.toString(), "Working draft 4", "working", "--language", "fr",
                "--colour", "never");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("[-devraient-]{+doivent+}").doesNotContain("Edited:");
        CliRun source = CliRun.of("diff", dir.toString(), "Working draft 4", "working", "--colour", "never");
        assertThat(source.out()).contains("Edited:").doesNotContain("doivent");

        CliRun wrong = CliRun.of("diff", dir.toString(), "Working draft 4", "working", "--language", "x!");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.err()).contains("--language: \"x!\" is not a language tag such as fr, ar or zh-CN");
    }
}
