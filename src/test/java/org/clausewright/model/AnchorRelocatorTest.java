package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorRelocatorTest {
    private static final String TEXT =
            "Scientists should consider whether their work could be misused to cause harm.";

    private static TextAnchor anchorOn(String text, String quote) {
        int start = text.indexOf(quote);
        return TextAnchor.of(text, start, start + quote.length());
    }

    private static String at(String text, TextAnchor a) {
        return text.substring(a.start(), a.end());
    }

    @Test
    void editBeforeTheQuoteShiftsItExactly() {
        TextAnchor anchor = anchorOn(TEXT, "could be misused");
        String edited = "All " + TEXT;

        Relocation r = AnchorRelocator.relocate(anchor, TEXT, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(r.anchor().start()).isEqualTo(anchor.start() + 4);
        assertThat(r.anchor()).isEqualTo(TextAnchor.of(edited, anchor.start() + 4, anchor.end() + 4));
    }

    @Test
    void editAfterTheQuoteKeepsItsOffsetsAndRefreshesItsContext() {
        TextAnchor anchor = anchorOn(TEXT, "should consider");
        String edited = TEXT.replace("whether", "if");

        Relocation r = AnchorRelocator.relocate(anchor, TEXT, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(r.anchor().start()).isEqualTo(anchor.start());
        assertThat(r.anchor().suffix()).startsWith(" if their work");
    }

    @Test
    void editRightAgainstTheQuoteLeavesItWhole() {
        TextAnchor anchor = anchorOn(TEXT, "consider");
        String edited = TEXT.replace("should consider", "should carefully consider");

        Relocation r = AnchorRelocator.relocate(anchor, TEXT, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(at(edited, r.anchor())).isEqualTo("consider");
    }

    @Test
    void withoutTheOldTextAShiftedQuoteIsFoundByQuote() {
        TextAnchor anchor = anchorOn(TEXT, "could be misused");

        Relocation r = AnchorRelocator.relocate(anchor, "All " + TEXT);

        assertThat(r.method()).isEqualTo(AnchorMethod.QUOTE);
        assertThat(r.anchor().start()).isEqualTo(anchor.start() + 4);
    }

    @Test
    void unchangedTextIsExactWithoutTheOldText() {
        TextAnchor anchor = anchorOn(TEXT, "misused");

        assertThat(AnchorRelocator.relocate(anchor, TEXT)).isEqualTo(new Relocation(anchor, AnchorMethod.EXACT));
    }

    @Test
    void editInsideTheQuoteFallsBackToFuzzyAndQuotesTheNewWords() {
        TextAnchor anchor = anchorOn(TEXT, "whether their work could be misused");
        String edited = TEXT.replace("their work", "thier work");

        Relocation r = AnchorRelocator.relocate(anchor, TEXT, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.FUZZY);
        assertThat(r.anchor().quote()).isEqualTo("whether thier work could be misused");
        assertThat(at(edited, r.anchor())).isEqualTo(r.anchor().quote());
    }

    @Test
    void deletedQuoteIsDetachedAndKeptAsLastSeen() {
        TextAnchor anchor = anchorOn(TEXT, "could be misused to cause harm");
        String edited = "Scientists should consider whether their work is safe.";

        Relocation r = AnchorRelocator.relocate(anchor, TEXT, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.DETACHED);
        assertThat(r.anchor()).isEqualTo(anchor);
    }

    @Test
    void detachedAnchorIsAttachedAgainWhenItsWordsComeBack() {
        TextAnchor anchor = anchorOn(TEXT, "could be misused");
        String deleted = TEXT.replace("could be misused", "is");
        Relocation gone = AnchorRelocator.relocate(anchor, TEXT, deleted);

        Relocation back = AnchorRelocator.relocate(gone.anchor(), deleted, TEXT);

        assertThat(gone.isDetached()).isTrue();
        assertThat(back.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(back.anchor()).isEqualTo(anchor);
    }

    @Test
    void detachedAnchorIsFoundByQuoteWhenItsWordsReturnElsewhere() {
        TextAnchor anchor = anchorOn(TEXT, "could be misused");
        String deleted = TEXT.replace("could be misused", "is");
        TextAnchor lastSeen = AnchorRelocator.relocate(anchor, TEXT, deleted).anchor();
        String rewritten = "Preamble. " + TEXT;

        Relocation back = AnchorRelocator.relocate(lastSeen, deleted, rewritten);

        assertThat(back.method()).isEqualTo(AnchorMethod.QUOTE);
        assertThat(at(rewritten, back.anchor())).isEqualTo("could be misused");
    }

    @Test
    void duplicatedQuoteIsFoundWhereItsContextStillMatches() {
        String text = "Members report risks to the board. Institutions review risks to the public.";
        int quoted = text.indexOf("risks to the public");
        TextAnchor anchor = TextAnchor.of(text, quoted, quoted + 5);
        // the sentences swap: the nearer "risks" now belongs to the other sentence
        String edited = "Institutions review risks to the public. Members report risks to the board.";

        Relocation r = AnchorRelocator.relocate(anchor, text, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.QUOTE);
        assertThat(r.anchor().start()).isEqualTo(edited.indexOf("risks to the public"));
    }

    @Test
    void equallyGoodOccurrencesGoToTheOneClosestToWhereTheQuoteWas() {
        TextAnchor anchor = new TextAnchor("abcd", "", "", 11, 15);

        Relocation r = AnchorRelocator.relocate(anchor, "x abcd yy abcd zz");

        assertThat(r.method()).isEqualTo(AnchorMethod.QUOTE);
        assertThat(r.anchor().start()).isEqualTo(10);
    }

    @Test
    void occurrencesEquallyFarFromWhereTheQuoteWasGoToTheEarlierOne() {
        TextAnchor anchor = new TextAnchor("abcd", "", "", 5, 9);

        assertThat(AnchorRelocator.relocate(anchor, "abcd xxxx abcd").anchor().start()).isZero();
    }

    @Test
    void shortQuoteIsNeverFuzzyMatched() {
        TextAnchor anchor = anchorOn(TEXT, "to");
        String edited = TEXT.replace("misused to cause", "misused so as cause");

        assertThat(AnchorRelocator.relocate(anchor, TEXT, edited).isDetached()).isTrue();
    }

    @Test
    void shortQuoteIsNotMovedToAnUnrelatedOccurrence() {
        String text = "Do no harm. Report any risk at once to the chair.";
        TextAnchor anchor = anchorOn(text, "at");
        String edited = "Do no harm. Report any risk promptly to the chair; state what was done.";

        assertThat(edited).contains("at");
        assertThat(AnchorRelocator.relocate(anchor, text, edited).isDetached()).isTrue();
    }

    @Test
    void wordOfFourLettersIsNotFuzzyMatchedToASimilarWordElsewhere() {
        String text = "Weigh each risk before you begin. Keep a log of all work.";
        TextAnchor anchor = anchorOn(text, "risk");
        String edited = "Weigh each hazard before you begin. Keep a disk of all work.";

        assertThat(AnchorRelocator.relocate(anchor, text, edited).isDetached()).isTrue();
    }

    @Test
    void fuzzyMatchBeyondAQuarterOfTheQuoteIsRejected() {
        TextAnchor anchor = anchorOn(TEXT, "could be misused");
        String edited = TEXT.replace("could be misused", "might get abused");

        assertThat(AnchorRelocator.relocate(anchor, TEXT, edited).isDetached()).isTrue();
    }

    @Test
    void wholeClauseAnchorAlwaysStaysAsItIs() {
        TextAnchor whole = TextAnchor.wholeClause();

        assertThat(AnchorRelocator.relocate(whole, TEXT, "")).isEqualTo(new Relocation(whole, AnchorMethod.EXACT));
        assertThat(AnchorRelocator.relocate(whole, "something else")).isEqualTo(
                new Relocation(whole, AnchorMethod.EXACT));
    }

    @Test
    void chineseAndAccentedTextAreFoundByCodeUnits() {
        String text = "科学家应当考虑其研究是否可能被滥用。Les chercheurs évaluent les risques.";
        TextAnchor chinese = anchorOn(text, "可能被滥用");
        TextAnchor french = anchorOn(text, "évaluent");
        String reworded = text.replace("chercheurs", "scientifiques");
        String prefaced = "前言：" + text;

        Relocation c = AnchorRelocator.relocate(chinese, text, reworded);
        Relocation f = AnchorRelocator.relocate(french, text, reworded);
        Relocation shifted = AnchorRelocator.relocate(chinese, text, prefaced);

        assertThat(c.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(c.anchor().start()).isEqualTo(chinese.start());
        assertThat(f.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(at(reworded, f.anchor())).isEqualTo("évaluent");
        assertThat(shifted.method()).isEqualTo(AnchorMethod.EXACT);
        assertThat(shifted.anchor().start()).isEqualTo(chinese.start() + 3);
        assertThat(shifted.anchor().prefix()).isEqualTo("前言：科学家应当考虑其研究是否");
    }

    @Test
    void quoteBetweenTwoEditsIsFoundByQuote() {
        String text = "科学家应当考虑其研究是否可能被滥用。Les chercheurs évaluent les risques.";
        TextAnchor chinese = anchorOn(text, "可能被滥用");
        String edited = "前言：" + text.replace("chercheurs", "scientifiques");

        Relocation r = AnchorRelocator.relocate(chinese, text, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.QUOTE);
        assertThat(at(edited, r.anchor())).isEqualTo("可能被滥用");
    }

    @Test
    void typoInsideChineseQuoteIsFoundFuzzily() {
        String text = "科学家应当考虑其研究是否可能被滥用于造成伤害。";
        TextAnchor anchor = anchorOn(text, "其研究是否可能被滥用");
        String edited = text.replace("可能", "会");

        Relocation r = AnchorRelocator.relocate(anchor, text, edited);

        assertThat(r.method()).isEqualTo(AnchorMethod.FUZZY);
        assertThat(r.anchor().quote()).isEqualTo("其研究是否会被滥用");
    }
}
