package org.clausewright.docx.review;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Items looked up by their {@link Sameness.Key} and date, each in about constant time: comparing every
 * incoming item with every known one made a review of 10,000 comments on one paragraph take minutes.
 * Word keeps whole minutes, so dates less than a minute apart are the same; a date that Word's "remove
 * personal information" scrubbed says nothing either way.
 */
final class KnownItems<T> {
    private static final Duration WORD_PRECISION = Duration.ofSeconds(60);

    private final Map<Sameness.Key, Dated<T>> byKey = new HashMap<>();

    void add(Sameness.Key key, Instant date, T item) {
        byKey.computeIfAbsent(key, k -> new Dated<>()).add(date, item);
    }

    /** The item known under {@code key} at about {@code date}, or null. */
    T find(Sameness.Key key, Instant date) {
        Dated<T> dated = byKey.get(key);
        return dated == null ? null : dated.find(date);
    }

    private static final class Dated<T> {
        private final NavigableMap<Instant, T> byDate = new TreeMap<>();
        private T undated;

        void add(Instant date, T item) {
            if (date.equals(ThreadFactory.NO_DATE)) {
                if (undated == null) {
                    undated = item;
                }
            } else {
                byDate.putIfAbsent(date, item);
            }
        }

        T find(Instant date) {
            if (undated != null) {
                return undated;
            }
            if (date.equals(ThreadFactory.NO_DATE)) {
                return byDate.isEmpty() ? null : byDate.firstEntry().getValue();
            }
            Map.Entry<Instant, T> floor = byDate.floorEntry(date);
            if (floor != null && Duration.between(floor.getKey(), date).compareTo(WORD_PRECISION) < 0) {
                return floor.getValue();
            }
            Map.Entry<Instant, T> ceiling = byDate.ceilingEntry(date);
            if (ceiling != null && Duration.between(date, ceiling.getKey()).compareTo(WORD_PRECISION) < 0) {
                return ceiling.getValue();
            }
            return null;
        }
    }
}
