package org.clausewright.app.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The timed runs of one operation, and the figure it should reach. */
public record Measurement(String operation, List<Duration> runs, Duration target, String note) {
    public Measurement {
        runs = List.copyOf(runs);
    }

    /** Something to time; it may throw. */
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    /** Runs {@code op} once to warm up, then {@code runs} times timed. */
    static Measurement timed(String name, int runs, Duration target, String note, Operation op) throws Exception {
        op.run();
        List<Duration> durations = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            op.run();
            durations.add(Duration.ofNanos(System.nanoTime() - start));
        }
        return new Measurement(name, durations, target, note);
    }

    public Duration median() {
        List<Duration> sorted = new ArrayList<>(runs);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    public Measurement withNote(String value) {
        return new Measurement(operation, runs, target, value);
    }

    /** A zero target means the figure is shown for comparison only. */
    public boolean meetsTarget() {
        return target.isZero() || median().compareTo(target) <= 0;
    }
}
