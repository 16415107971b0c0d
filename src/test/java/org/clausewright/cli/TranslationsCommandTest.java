package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `clausewright translations` on the sample: French and Arabic, one clause outdated by the last version. */
class TranslationsCommandTest {
    @TempDir
    Path tmp;

    private Path sample() {
        Path dir = tmp.resolve("sample");
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        return dir;
    }

    @Test
    void theSampleListsFrenchAndArabicWithNationalLawOutdatedSinceTheLastVersion() {
        Path dir = sample();
        CliRun run = CliRun.of("translations", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("written in en; translated into fr, ar")
                .contains("fr: 31 current, 1 outdated, 0 missing")
                .contains("ar: 31 current, 1 outdated, 0 missing")
                .containsPattern("national-law +outdated since \"Working draft 4\" \\(made from \"Working draft 3\"\\)");
        assertThat(run.out().lines().filter(l -> l.contains("outdated since"))).hasSize(2);
    }

    @Test
    void oneLanguageAndWhatAnEditOfTheSourceDoes() throws Exception {
        Path dir = sample();
        Path clause = dir.resolve("clauses/do-no-harm.json");
        Files.writeString(clause, Files.readString(clause).replaceFirst("\"heading\": \"", "\"heading\": \"Edited: "));
        CliRun run = CliRun.of("translations", dir.toString(), "--language", "ar");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).doesNotContain("fr:").contains("ar: 30 current, 2 outdated, 0 missing")
                .containsPattern("do-no-harm +outdated: its source changed since the last recorded version");
    }

    @Test
    void aLanguageTheProjectDoesNotHaveIsSaidSo() {
        Path dir = sample();
        CliRun run = CliRun.of("translations", dir.toString(), "--language", "zh_cn");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("\"zh-CN\" is not a target language of this project (its targets: fr, ar)");
    }
}
