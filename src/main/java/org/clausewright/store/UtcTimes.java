package org.clausewright.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * The UTC times the project's files hold, read as {@link Instant#parse} reads them. Clausewright writes every
 * time as {@link Instant#toString} does for whole seconds ({@code 2026-01-05T10:00:00Z}): a thread's creation,
 * each reply and resolution, each decision. A project of 5,000 threads holds tens of thousands; the JDK's
 * formatter made a parsing context, a field map and its resolution for each, 13 % of the reading that an export
 * waits for (start-up-work.md, session 23). That one form is read here digit by digit; any other text (fractions
 * of a second, an offset, a leap second, a lower-case letter, a mistake) goes to {@link Instant#parse}, which
 * decides, so the result and the refusals are the same.
 */
final class UtcTimes {
    private static final int LENGTH = "2026-01-05T10:00:00Z".length();

    private UtcTimes() {
    }

    /** @throws java.time.format.DateTimeParseException as {@link Instant#parse} does */
    static Instant parse(String text) {
        if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= Month.of(month).length(Year.isLeap(year)) && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400L + hour * 3_600L + minute * 60L + second);
            }
        }
        return Instant.parse(text);
    }

    /** The number the ASCII digits at {@code from} spell, or -1 when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
