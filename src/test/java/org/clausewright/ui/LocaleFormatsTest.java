package org.clausewright.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and numbers in the window's language, whatever the system's language is. */
class LocaleFormatsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void aMeetingDayIsWrittenInTheMembersLanguageOnAnEnglishSystem() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new Messages(Locale.FRENCH).date(DAY)).isEqualTo("2 déc. 2026");
            assertThat(new Messages(Locale.forLanguageTag("ru")).date(DAY)).isEqualTo("2 дек. 2026 г.");
            assertThat(new Messages(Locale.forLanguageTag("es")).date(DAY)).isEqualTo("2 dic 2026");
            assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).date(DAY)).isEqualTo("2026年12月2日");
            // without the right-to-left marks of CLDR's pattern, which JavaFX 21 draws as strokes and which split the
            // date when Latin words follow it
            assertThat(new Messages(Locale.forLanguageTag("ar")).date(DAY)).isEqualTo("02/12/2026");
            assertThat(new Messages(Locale.forLanguageTag("ar")).dates(java.time.format.FormatStyle.MEDIUM,
                    java.time.format.FormatStyle.SHORT).format(DAY.atTime(9, 30))).doesNotContain("\u200f");
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void aCountIsGroupedAsTheMembersLanguageGroupsIt() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(new Messages(Locale.forLanguageTag("es")).format("outline.library", 1234))
                    .isEqualTo("Biblioteca: 1.234 cláusulas fuera del proyecto de texto");
            assertThat(new Messages(Locale.forLanguageTag("ru")).format("outline.library", 1234))
                    .startsWith("Библиотека: 1\u00a0234 положения");
        } finally {
            Locale.setDefault(system);
        }
    }
}
