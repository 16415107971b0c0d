package org.clausewright.ui.editor;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BidiWordsTest {
    @Test
    void eachWordOfAnArabicParagraphStartsARunOfItsOwnAndLatinParagraphsAreLeftWhole() {
        String text = "Latin only here\nينبغي للعلماء (BWC) حماية\nMore Latin";
        int arabic = text.indexOf('ي');
        int end = text.indexOf("\nMore");
        assertThat(BidiWords.starts(text)).containsExactly(
                Map.entry(arabic, BidiWords.EVEN),
                Map.entry(text.indexOf("للعلماء"), BidiWords.ODD),
                Map.entry(text.indexOf("(BWC)"), BidiWords.EVEN),
                Map.entry(text.indexOf("حماية"), BidiWords.ODD),
                Map.entry(end, ""));
    }

    @Test
    void textWithNoRightToLeftLetterHasNoCuts() {
        assertThat(BidiWords.starts("Scientists should report concerns.\n\n12 [a][b]")).isEmpty();
        assertThat(BidiWords.starts("")).isEmpty();
    }

    @Test
    void severalSpacesStayWithTheWordBefore() {
        String text = "ينبغي   للعلماء";
        assertThat(BidiWords.starts(text)).containsExactly(Map.entry(0, BidiWords.EVEN),
                Map.entry(text.indexOf('ل'), BidiWords.ODD), Map.entry(text.length(), ""));
    }
}
