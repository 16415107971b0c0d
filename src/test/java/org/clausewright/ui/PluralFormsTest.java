package org.clausewright.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts in the window take the form their language gives the number, not "1 clauses" or "0 → 1 comment". */
class PluralFormsTest {
    private static String counts(String language, int n) {
        return new Messages(Locale.forLanguageTag(language)).format("status.counts", n, n, n);
    }

    private static String unplaced(String language, int n) {
        return new Messages(Locale.forLanguageTag(language)).format("status.unplaced", n);
    }

    @Test
    void englishSaysOneClauseAndNoneIsNotOne() {
        assertThat(counts("en", 1)).isEqualTo("1 clause · 1 open thread · 1 open bracket");
        assertThat(counts("en", 2)).isEqualTo("2 clauses · 2 open threads · 2 open brackets");
        assertThat(unplaced("en", 0)).isEqualTo("0 unplaced comments");
        assertThat(counts("en", 1234)).startsWith("1,234 clauses");
    }

    @Test
    void frenchCountsZeroAsSingular() {
        assertThat(unplaced("fr", 0)).isEqualTo("0 commentaire non placé");
        assertThat(counts("fr", 1)).isEqualTo("1 clause · 1 discussion ouverte · 1 crochet ouvert");
        assertThat(counts("fr", 1234)).startsWith("1\u202f234 clauses");
    }

    @Test
    void russianHasOneFewAndMany() {
        assertThat(counts("ru", 1)).isEqualTo("1 положение · 1 открытое обсуждение · 1 открытая скобка");
        assertThat(counts("ru", 3)).isEqualTo("3 положения · 3 открытых обсуждения · 3 открытые скобки");
        assertThat(counts("ru", 5)).isEqualTo("5 положений · 5 открытых обсуждений · 5 открытых скобок");
        assertThat(counts("ru", 11)).startsWith("11 положений");
        assertThat(counts("ru", 21)).startsWith("21 положение ");
        assertThat(unplaced("ru", 22)).isEqualTo("22 неразмещённых замечания");
    }

    @Test
    void arabicHasZeroOneTwoFewManyAndOther() {
        assertThat(unplaced("ar", 0)).isEqualTo("لا تعليقات غير مُلحَقة");
        assertThat(unplaced("ar", 1)).isEqualTo("تعليق واحد غير مُلحَق");
        assertThat(unplaced("ar", 2)).isEqualTo("تعليقان غير مُلحَقين");
        assertThat(unplaced("ar", 3)).isEqualTo("3 تعليقات غير مُلحَقة");
        assertThat(unplaced("ar", 11)).isEqualTo("11 تعليقًا غير مُلحَق");
        assertThat(unplaced("ar", 100)).isEqualTo("100 تعليق غير مُلحَق");
    }

    @Test
    void spanishAndChinese() {
        assertThat(counts("es", 1)).isEqualTo("1 cláusula · 1 debate abierto · 1 corchete abierto");
        assertThat(counts("es", 2)).isEqualTo("2 cláusulas · 2 debates abiertos · 2 corchetes abiertos");
        assertThat(counts("zh-CN", 2)).isEqualTo("2 条条款 · 2 个未决讨论 · 2 处未决方括号");
    }

    @Test
    void theReportsOfTheCommandLineCountToo() {
        assertThat(new org.clausewright.model.MessageText("org.clausewright.docx.review.messages",
                Locale.forLanguageTag("ru")).format("review.summary", "Анна", 5, 1))
                .isEqualTo("Результаты рассмотрения от Анна: 5 замечаний, 1 предложение");
    }
}
