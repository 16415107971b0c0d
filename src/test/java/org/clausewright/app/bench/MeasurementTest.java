package org.clausewright.app.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures compared with each other are timed in the same rounds, with the same warm-up. */
class MeasurementTest {

    @Test
    void interleavedOperationsAreWarmedOnceThenRunInTurnTheOrderReversedEveryOtherRound() throws Exception {
        List<String> calls = new ArrayList<>();
        List<Measurement> figures = Measurement.interleaved(3, List.of("today", "bracketed", "compilation"),
                List.of(() -> calls.add("A"), () -> calls.add("B"), () -> calls.add("C")));

        assertThat(String.join("", calls)).isEqualTo("ABC" + "ABC" + "CBA" + "ABC");
        assertThat(figures).extracting(Measurement::operation).containsExactly("today", "bracketed", "compilation");
        assertThat(figures).allSatisfy(m -> assertThat(m.runs()).hasSize(3));
    }
}
