package org.clausewright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The project's times read digit by digit are the times the JDK reads, and what it refuses stays refused: a
 * thread's or a decision's time is the same whichever way it was read, and a wrong one is still reported.
 */
class UtcTimesProperties {
    private static final String SHAPE = "2026-01-05T10:00:00Z";

    /** Year 0 to 9999 in whole seconds: the form Clausewright writes. */
    @Property(tries = 2000)
    void everyTimeAsWrittenReadsBackTheSame(@ForAll("seconds") long seconds) {
        Instant time = Instant.ofEpochSecond(seconds);
        assertThat(UtcTimes.parse(time.toString())).isEqualTo(time).isEqualTo(Instant.parse(time.toString()));
    }

    /** Texts of the written form's shape with any digits, and a few other characters in any place. */
    @Property(tries = 5000, edgeCases = EdgeCasesMode.MIXIN)
    void anyTextOfThatShapeIsReadOrRefusedAsTheJdkDoes(@ForAll("shaped") String text) {
        Object expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            expected = DateTimeParseException.class;
        }
        Object actual;
        try {
            actual = UtcTimes.parse(text);
        } catch (DateTimeParseException e) {
            actual = DateTimeParseException.class;
        }
        assertThat(actual).as(text).isEqualTo(expected);
    }

    @Example
    void otherFormsGoToTheJdk() {
        assertThat(UtcTimes.parse("2026-01-05T10:00:00.250Z")).isEqualTo(Instant.parse("2026-01-05T10:00:00.250Z"));
        assertThat(UtcTimes.parse("2026-01-05t10:00:00z")).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
        assertThat(UtcTimes.parse("2026-01-05T10:00:00+01:00")).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
        assertThat(UtcTimes.parse("2016-12-31T23:59:60Z")).isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
        assertThat(UtcTimes.parse("2024-02-29T00:00:00Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThatThrownBy(() -> UtcTimes.parse("2023-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UtcTimes.parse("2026-13-05T10:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UtcTimes.parse("2026-01-05T10:00:00")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UtcTimes.parse("")).isInstanceOf(DateTimeParseException.class);
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    }

    @Provide
    Arbitrary<String> shaped() {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofLength(14);
        Arbitrary<Integer> place = Arbitraries.integers().between(0, SHAPE.length() - 1);
        Arbitrary<Character> other = Arbitraries.of('0', '1', '2', '3', '5', '6', '9', '-', ':', 'T', 'Z', 't',
                '\u0663', ' ');
        Arbitrary<List<Map.Entry<Integer, Character>>> changes = Combinators.combine(place, other).as(Map::entry)
                .list().ofMaxSize(3);
        return Combinators.combine(digits, changes).as((d, changed) -> {
            char[] text = SHAPE.toCharArray();
            for (int i = 0, next = 0; i < text.length; i++) {
                if (Character.isDigit(text[i])) {
                    text[i] = d.charAt(next++);
                }
            }
            changed.forEach(c -> text[c.getKey()] = c.getValue());
            return new String(text);
        });
    }
}
