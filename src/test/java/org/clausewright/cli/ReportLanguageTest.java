package org.clausewright.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports the window also shows print in the member's language: --lang, else LC_ALL, LC_MESSAGES, LANG. */
class ReportLanguageTest {
    @TempDir
    Path temp;
    private Path dir;

    @BeforeEach
    void sample() {
        dir = temp.resolve("p");
        CliRun created = CliRun.of("new", dir.toString(), "--sample");
        assertThat(created.exit()).as(created.err()).isZero();
    }

    @Test
    void theEnvironmentIsReadInThePosixOrder() {
        assertThat(ReportLanguage.of(null, Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Locale.FRENCH);
        assertThat(ReportLanguage.of(null, Map.of("LANG", "fr_FR.UTF-8", "LC_MESSAGES", "ru_RU.UTF-8")))
                .isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(ReportLanguage.of(null, Map.of("LANG", "fr_FR.UTF-8", "LC_MESSAGES", "ru_RU.UTF-8",
                "LC_ALL", "ar_EG.UTF-8"))).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(ReportLanguage.of(null, Map.of("LANG", "zh_CN.GB18030"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ReportLanguage.of(null, Map.of("LANG", "es_MX.UTF-8@euro"))).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(ReportLanguage.of(null, Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(ReportLanguage.of(null, Map.of("LANG", "de_DE.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(ReportLanguage.of(null, Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(ReportLanguage.of(Locale.FRENCH, Map.of("LC_ALL", "ru_RU.UTF-8"))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void diffPrintsInTheLanguageOfLang() {
        CliRun russian = CliRun.withEnvironment(Map.of("LANG", "ru_RU.UTF-8"), "diff", dir.toString(),
                "Working draft 1", "Working draft 2");
        assertThat(russian.exit()).as(russian.err()).isZero();
        assertThat(russian.out()).startsWith("Сравнение ").contains("Положения: добавлено ");
        CliRun english = CliRun.withEnvironment(Map.of("LANG", "C.UTF-8"), "diff", dir.toString(),
                "Working draft 1", "Working draft 2");
        assertThat(english.out()).startsWith("Comparing ").contains("Clauses: ");
    }

    @Test
    void theLangOptionWinsOverTheEnvironmentBeforeOrAfterTheCommand() {
        CliRun after = CliRun.withEnvironment(Map.of("LANG", "ru_RU.UTF-8"), "diff", dir.toString(),
                "Working draft 1", "Working draft 2", "--lang", "es");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).startsWith("Comparación de ").contains("Cláusulas: añadidas ");
        CliRun before = CliRun.withEnvironment(Map.of(), "--lang", "zh-CN", "diff", dir.toString(),
                "Working draft 1", "Working draft 2");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).startsWith("比较 ").contains("条款：新增 ");
    }

    @Test
    void aLanguageClausewrightLacksIsAClearError() {
        CliRun run = CliRun.withEnvironment(Map.of(), "diff", dir.toString(), "Working draft 1", "Working draft 2",
                "--lang", "de");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'de' is not a language Clausewright is translated into")
                .contains("ar, zh-CN, en, fr, ru, es").doesNotContain("Exception");
    }
}
