package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The quick answer (is the pattern anywhere within k edits?) agrees with the full search on every input,
 * for patterns of one block of 64 characters, more than one, and exactly at the block boundaries.
 */
class ApproximateMatchProperties {
    @Property(tries = 600)
    void anyAgreesWithBest(@ForAll("texts") String pattern, @ForAll("texts") String text,
                           @ForAll @IntRange(max = 60) int maxDistance) {
        if (pattern.isEmpty() || maxDistance >= pattern.length()) {
            return;
        }
        assertThat(ApproximateMatch.any(pattern, text, maxDistance))
                .isEqualTo(!ApproximateMatch.best(pattern, text, maxDistance).isEmpty());
    }

    @Property(tries = 300)
    void aPatternCutFromTheTextWithAFewEditsIsFound(@ForAll("texts") String text, @ForAll @IntRange(max = 1000) int at,
                                                   @ForAll @IntRange(min = 4, max = 200) int length,
                                                   @ForAll @IntRange(max = 1000) int edit) {
        if (text.length() < 4) {
            return;
        }
        int start = at % text.length();
        String cut = text.substring(start, Math.min(text.length(), start + length));
        if (cut.length() < 4) {
            return;
        }
        int k = cut.length() / 4;
        // one substitution inside the cut pattern: still within k (k >= 1)
        int i = edit % cut.length();
        String pattern = cut.substring(0, i) + (cut.charAt(i) == 'x' ? 'y' : 'x') + cut.substring(i + 1);
        assertThat(ApproximateMatch.any(pattern, text, k)).isTrue();
        assertThat(ApproximateMatch.best(pattern, text, k)).isNotEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> small = Arbitraries.strings().withChars('a', 'b', ' ', 'é', '中').ofMaxLength(80);
        Arbitrary<String> blocks = Arbitraries.strings().withChars('a', 'b', 'c', ' ').ofMinLength(60).ofMaxLength(200);
        Arbitrary<String> boundary = Arbitraries.strings().withChars('a', 'b').ofMinLength(63).ofMaxLength(65);
        Arbitrary<String> words = Arbitraries.of("scientists ", "should ", "report ", "risks ", "科学家", "风险 ")
                .list().ofMaxSize(60).map(l -> String.join("", l));
        return Arbitraries.oneOf(small, blocks, boundary, words);
    }
}
