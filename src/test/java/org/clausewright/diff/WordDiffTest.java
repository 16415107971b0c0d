package org.clausewright.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausewright.diff.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aChangedWordShowsAsRemovedThenInserted() {
        TextDiff diff = WordDiff.diff("Scientists should consider the risks.", "Scientists must consider the risks.");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "Scientists "),
                new DiffSegment(Kind.DELETED, "should"),
                new DiffSegment(Kind.INSERTED, "must"),
                new DiffSegment(Kind.EQUAL, " consider the risks."));
        assertThat(diff.wordsDeleted()).isEqualTo(1);
        assertThat(diff.wordsInserted()).isEqualTo(1);
    }

    @Test
    void aChangedChineseWordShowsWholeNotTheCharacterItShares() {
        // "评估" (assess) became "估计" (estimate): one word changed, not "评" out, "估" kept and "计" in
        TextDiff diff = WordDiff.diff("科学家应当评估其风险。", "科学家应当估计其风险。");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "科学家应当"),
                new DiffSegment(Kind.DELETED, "评估"),
                new DiffSegment(Kind.INSERTED, "估计"),
                new DiffSegment(Kind.EQUAL, "其风险。"));
        assertThat(diff.wordsDeleted()).isEqualTo(1);
        assertThat(diff.wordsInserted()).isEqualTo(1);
    }

    @Test
    void settlingABracketRemovesOnlyTheBrackets() {
        TextDiff diff = WordDiff.diff("could be [misused] to cause harm", "could be misused to cause harm");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "could be "),
                new DiffSegment(Kind.DELETED, "["),
                new DiffSegment(Kind.EQUAL, "misused"),
                new DiffSegment(Kind.DELETED, "]"),
                new DiffSegment(Kind.EQUAL, " to cause harm"));
        assertThat(diff.wordsDeleted()).isZero();
    }

    @Test
    void anAddedParagraphKeepsItsBreak() {
        TextDiff diff = WordDiff.diff("(a) at design;", "(a) at design;\n(b) before publication.");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "(a) at design;"),
                new DiffSegment(Kind.INSERTED, "\n(b) before publication."));
        assertThat(diff.wordsInserted()).isEqualTo(3);
    }

    @Test
    void frenchAccentsStayInsideTheirWords() {
        TextDiff diff = WordDiff.diff("Les chercheurs évitent la recherche à double usage.",
                "Les chercheuses évaluent la recherche à double usage.");

        assertThat(diff.segments()).extracting(DiffSegment::text)
                .containsExactly("Les ", "chercheurs évitent", "chercheuses évaluent", " la recherche à double usage.");
        assertThat(diff.wordsDeleted()).isEqualTo(2);
    }

    @Test
    void decomposedAccentsAreNotSplitFromTheirLetter() {
        assertThat(WordTokenizer.tokenize("re\u0301sume\u0301 final")).containsExactly("re\u0301sume\u0301", " ", "final");
    }

    @Test
    void chineseDiffsWordByWord() {
        TextDiff diff = WordDiff.diff("科学家应当考虑风险。", "科学家必须考虑风险。");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "科学家"),
                new DiffSegment(Kind.DELETED, "应当"),
                new DiffSegment(Kind.INSERTED, "必须"),
                new DiffSegment(Kind.EQUAL, "考虑风险。"));
        assertThat(diff.wordsDeleted()).isEqualTo(1);
        assertThat(diff.wordsInserted()).isEqualTo(1);
    }

    @Test
    void aThaiEditShowsTheChangedWordNotTheWholeSentence() {
        // Thai puts no spaces between words: the comparison splits it by the same dictionary as the review import
        TextDiff diff = WordDiff.diff("นักวิทยาศาสตร์ควรประเมินความเสี่ยง", "นักวิทยาศาสตร์ต้องประเมินความเสี่ยง");

        assertThat(diff.segments()).containsExactly(
                new DiffSegment(Kind.EQUAL, "นักวิทยาศาสตร์"),
                new DiffSegment(Kind.DELETED, "ควร"),
                new DiffSegment(Kind.INSERTED, "ต้อง"),
                new DiffSegment(Kind.EQUAL, "ประเมินความเสี่ยง"));
        assertThat(diff.wordsDeleted()).isEqualTo(1);
    }

    @Test
    void mixedScriptsAndEmojiTokeniseByCodePoint() {
        assertThat(WordTokenizer.tokenize("BWC公约 [2021]😀x"))
                .containsExactly("BWC", "公约", " ", "[", "2021", "]", "😀", "x");
    }

    @Test
    void identicalTextsHaveOneEqualSegment() {
        assertThat(WordDiff.diff("same", "same").segments()).containsExactly(new DiffSegment(Kind.EQUAL, "same"));
        assertThat(WordDiff.diff("same", "same").hasChanges()).isFalse();
        assertThat(WordDiff.diff("", "").segments()).isEmpty();
    }

    @Test
    void textsWithNothingInCommonAreOneDeletionAndOneInsertion() {
        TextDiff diff = WordDiff.diff("alpha", "omega");

        assertThat(diff.segments()).extracting(DiffSegment::kind).containsExactly(Kind.DELETED, Kind.INSERTED);
        assertThat(WordDiff.diff("", "new words").segments())
                .containsExactly(new DiffSegment(Kind.INSERTED, "new words"));
        assertThat(WordDiff.diff("old words", "").segments())
                .containsExactly(new DiffSegment(Kind.DELETED, "old words"));
    }

    @Test
    void tokensConcatenateBackToTheText() {
        String text = "  Tabs\tand\u00a0spaces,\n\n(c) «quoted» — done. ";
        assertThat(String.join("", WordTokenizer.tokenize(text))).isEqualTo(text);
        assertThat(WordTokenizer.tokenize("a\n\nb")).containsExactly("a", "\n", "\n", "b");
        assertThat(List.of(WordTokenizer.isWord("word"), WordTokenizer.isWord(" "), WordTokenizer.isWord(",")))
                .containsExactly(true, false, false);
    }
}
