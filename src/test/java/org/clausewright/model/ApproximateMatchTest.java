package org.clausewright.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApproximateMatchTest {
    @Test
    void findsTheStartOfAMatchWithATypo() {
        String text = "they must consdier whether it is safe";

        assertThat(ApproximateMatch.best("must consider", text, 3))
                .containsExactly(new ApproximateMatch.Candidate(5, 18, 2)); // a transposition is two edits
    }

    @Test
    void exactOccurrencesHaveDistanceZero() {
        assertThat(ApproximateMatch.best("abc", "xabcxabc", 1)).containsExactly(
                new ApproximateMatch.Candidate(1, 4, 0), new ApproximateMatch.Candidate(5, 8, 0));
    }

    @Test
    void findsNothingBeyondTheAllowedDistance() {
        assertThat(ApproximateMatch.best("consider", "weigh the risks", 2)).isEmpty();
    }

    @Test
    void matchesAtTheVeryEdgesOfTheText() {
        assertThat(ApproximateMatch.best("harm.", "harm", 1)).containsExactly(new ApproximateMatch.Candidate(0, 4, 1));
        assertThat(ApproximateMatch.best("xharm", "harm", 1)).containsExactly(new ApproximateMatch.Candidate(0, 4, 1));
    }
}
