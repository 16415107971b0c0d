package org.clausewright.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One notion of a word in every script: spaced (Latin, Arabic), unspaced (Chinese, Thai), mixed. */
class WordsTest {
    @Test
    void chineseIsSplitIntoDictionaryWordsBesideLatinAndNumbers() {
        assertThat(Words.of("科学家应当评估其研究的可预见风险和益处。")).containsExactly("科学", "家", "应当", "评估", "其",
                "研究", "的", "可", "预见", "风险", "和", "益处");
        assertThat(Words.tokens("依据BWC第十条，2026年")).containsExactly("依据", "BWC", "第", "十条", "，", "2026",
                "年");
        assertThat(Words.of("リスクを評価する")).containsExactly("リスク", "を", "評価", "する");
    }

    @Test
    void laoAndKhmerAreSplitByTheirDictionaries() {
        assertThat(Words.of("ນັກວິທະຍາສາດຄວນປະເມີນຄວາມສ່ຽງ")).containsExactly("ນັກ", "ວິທະຍາສາດ", "ຄວນ", "ປະເມີນ",
                "ຄວາມສ່ຽງ");
        assertThat(Words.of("អ្នកវិទ្យាសាស្ត្រគួរតែវាយតម្លៃហានិភ័យ")).containsExactly("អ្នក", "វិទ្យាសាស្ត្រ", "គួរតែ",
                "វាយតម្លៃ", "ហានិភ័យ");
    }

    @Test
    void aHyphenBetweenLettersAndAFullStopBetweenDigitsStayInsideTheWord() {
        assertThat(Words.tokens("dual-use e-mail, 3.5 and 2-3; - x-")).containsExactly("dual-use", " ", "e-mail", ",",
                " ", "3.5", " ", "and", " ", "2", "-", "3", ";", " ", "-", " ", "x", "-");
    }

    @Test
    void thaiIsSplitByItsDictionary() {
        assertThat(Words.of("นักวิทยาศาสตร์ควรประเมินความเสี่ยง"))
                .containsExactly("นัก", "วิทยาศาสตร์", "ควร", "ประเมิน", "ความ", "เสี่ยง");
    }

    @Test
    void arabicWordsKeepTheirVowelMarksAndLeaveTheArabicCommaOut() {
        assertThat(Words.tokens("الخطر المقدَّر، لعملهم")).containsExactly("الخطر", " ", "المقدَّر", "،", " ",
                "لعملهم");
    }

    @Test
    void anApostropheOfEitherKindBetweenLettersIsInsideTheWord() {
        assertThat(Words.of("shouldn’t and shouldn't, [misused]")).containsExactly("shouldn’t", "and", "shouldn't",
                "misused");
    }

    @Test
    void piecesConcatenateBackAndParagraphBreaksStandAlone() {
        String text = "  Tabs\tand\u00a0spaces,\n\n(c) «quoted» — 生物安全 done. ";
        assertThat(String.join("", Words.tokens(text))).isEqualTo(text);
        assertThat(Words.tokens("a \n\n b")).containsExactly("a", " ", "\n", "\n", " ", "b");
    }

    @Test
    void thePointOfACommentWidensToTheWordItTouches() {
        String text = "ذات الصلة، وأن";
        int inside = text.indexOf("الصلة") + 2;
        assertThat(range(text, Words.at(text, inside))).isEqualTo("الصلة");
        assertThat(range("风险和益处", Words.at("风险和益处", 1))).isEqualTo("风险");
        assertThat(range("风险和益处", Words.at("风险和益处", 4))).isEqualTo("益处");
        assertThat(range("risks, benefits", Words.at("risks, benefits", 5))).isEqualTo("risks");
        assertThat(Words.at("a  b", 2)).containsExactly(2, 2);
    }

    @Test
    void theWordBeforeAnInsertionTakesThePunctuationAgainstItButNeverTheParagraphBefore() {
        String zh = "研究方向改变时，应当重新评估。";
        assertThat(zh.substring(Words.startBefore(zh, zh.indexOf("重新")))).isEqualTo("，应当重新评估。");
        String en = "could be [misused] to";
        assertThat(en.substring(Words.startBefore(en, en.indexOf(" to")))).isEqualTo("[misused] to");
        assertThat(Words.startBefore("first\nsecond", 6)).isEqualTo(6);
        String item = "(a) when";
        assertThat(item.substring(0, Words.endAfter(item, 0))).isEqualTo("(a)");
        assertThat(Words.endAfter("end.\nnext", 4)).isEqualTo(4);
    }

    private static String range(String text, int[] range) {
        return text.substring(range[0], range[1]);
    }
}
