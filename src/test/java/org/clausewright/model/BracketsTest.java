package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketsTest {
    @Test
    void textWithoutBracketsHasNoneOpen() {
        Brackets b = Brackets.in("Scientists should consider the risks.");

        assertThat(b.spans()).isEmpty();
        assertThat(b.openCount()).isZero();
        assertThat(b.maxDepth()).isZero();
        assertThat(b.isBalanced()).isTrue();
    }

    @Test
    void findsEachBalancedPassageWithItsWords() {
        String text = "Scientists [should][must] consider [the risks].";
        Brackets b = Brackets.in(text);

        assertThat(b.spans()).containsExactly(
                new BracketSpan(11, 19, "should", 1),
                new BracketSpan(19, 25, "must", 1),
                new BracketSpan(35, 46, "the risks", 1));
        assertThat(text.substring(11, 19)).isEqualTo("[should]");
        assertThat(b.openCount()).isEqualTo(3);
        assertThat(b.isBalanced()).isTrue();
    }

    @Test
    void nestedPassagesCountOnceAndReportTheirDepth() {
        String text = "[Scientists [shall [always]] report] and [review].";
        Brackets b = Brackets.in(text);

        assertThat(b.spans()).extracting(BracketSpan::inside, BracketSpan::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Scientists [shall [always]] report", 1),
                org.assertj.core.groups.Tuple.tuple("shall [always]", 2),
                org.assertj.core.groups.Tuple.tuple("always", 3),
                org.assertj.core.groups.Tuple.tuple("review", 1));
        assertThat(b.openCount()).isEqualTo(2);
        assertThat(b.outermost()).extracting(BracketSpan::start).containsExactly(0, 41);
        assertThat(b.maxDepth()).isEqualTo(3);
    }

    @Test
    void reportsAnOpeningBracketThatIsNeverClosed() {
        Brackets b = Brackets.in("Scientists [should consider [the] risks.");

        assertThat(b.unbalanced()).containsExactly(new UnbalancedBracket(11, '['));
        assertThat(b.unbalanced().get(0).isOpening()).isTrue();
        // the unclosed "[" does not make the balanced pair inside it a nested one
        assertThat(b.spans()).containsExactly(new BracketSpan(28, 33, "the", 1));
        assertThat(b.openCount()).isEqualTo(1);
        assertThat(b.isBalanced()).isFalse();
    }

    @Test
    void reportsAClosingBracketThatClosesNothing() {
        Brackets b = Brackets.in("should] consider [risks]]");

        assertThat(b.unbalanced()).containsExactly(new UnbalancedBracket(6, ']'), new UnbalancedBracket(24, ']'));
        assertThat(b.spans()).containsExactly(new BracketSpan(17, 24, "risks", 1));
    }

    @Test
    void reportsUnbalancedBracketsOfBothKindsInTextOrder() {
        Brackets b = Brackets.in("] [a [b");

        assertThat(b.unbalanced()).extracting(UnbalancedBracket::offset).containsExactly(0, 2, 5);
        assertThat(b.spans()).isEmpty();
    }

    @Test
    void emptyBracketsAreAPassageToo() {
        assertThat(Brackets.in("a [] b").spans()).containsExactly(new BracketSpan(2, 4, "", 1));
    }
}
