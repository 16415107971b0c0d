package org.clausewright.docx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed form of open brackets and the offsets between it and the clause text. */
class PrintedTextTest {
    private static final String RAW = "To [the][a] committee [within 30 days][]. [Report].";

    @Test
    void optionsSideBySideAreSeparatedAndAnEmptyOneIsSpelledOut() {
        PrintedText p = PrintedText.of(RAW, "no text");
        assertThat(p.text()).isEqualTo("To [the / a] committee [within 30 days / no text]. [Report].");
        assertThat(PrintedText.of("No bracket here.", "no text").text()).isEqualTo("No bracket here.");
        assertThat(PrintedText.of("Unbalanced [ stays.", "no text").text()).isEqualTo("Unbalanced [ stays.");
    }

    @Test
    void everyWordOfTheClauseTextMapsToTheSameWordPrintedAndBack() {
        PrintedText p = PrintedText.of(RAW, "no text");
        for (String word : new String[] {"To", "the", "a", "committee", "within 30 days", "Report"}) {
            int start = RAW.indexOf(word, word.equals("a") ? RAW.indexOf("][a") : 0);
            int printedStart = p.printedOffset(start);
            assertThat(p.text().substring(printedStart, p.printedOffset(start + word.length()))).isEqualTo(word);
            assertThat(p.rawRange(printedStart, printedStart + word.length()))
                    .containsExactly(start, start + word.length());
        }
    }

    @Test
    void aRangeOnPrintedWordsAloneIsWidenedToItsBracket() {
        PrintedText p = PrintedText.of(RAW, "no text");
        int noText = p.text().indexOf("no text");
        int[] range = p.rawRange(noText, noText + "no text".length());
        assertThat(RAW.substring(range[0], range[1])).isEqualTo("[within 30 days][]");
        int sep = p.text().indexOf(" / ");
        int[] both = p.rawRange(p.text().indexOf("the"), sep + 4);
        assertThat(RAW.substring(both[0], both[1])).isEqualTo("the][a");
    }

    @Test
    void offsetsNeverGoBackwards() {
        PrintedText p = PrintedText.of(RAW, "no text");
        for (int i = 1; i <= RAW.length(); i++) {
            assertThat(p.printedOffset(i)).isGreaterThanOrEqualTo(p.printedOffset(i - 1));
        }
        for (int i = 1; i <= p.text().length(); i++) {
            assertThat(p.rawOffset(i)).isGreaterThanOrEqualTo(p.rawOffset(i - 1));
        }
    }
}
