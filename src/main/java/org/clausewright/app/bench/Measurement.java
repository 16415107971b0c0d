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

    /**
     * Times several operations in turn: each once to warm up, then round after round, each once a round, the order
     * reversed every other round. Each gets the same warm-up and the machine's drift alike, so their figures compare
     * like with like; returned with a zero target and no note, in the order given.
     */
    static List<Measurement> interleaved(int runs, List<String> names, List<Operation> ops) throws Exception {
        List<List<Duration>> durations = new ArrayList<>();
        for (Operation op : ops) {
            op.run();
            durations.add(new ArrayList<>());
        }
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < ops.size(); k++) {
                int i = r % 2 == 0 ? k : ops.size() - 1 - k;
                long start = System.nanoTime();
                ops.get(i).run();
                durations.get(i).add(Duration.ofNanos(System.nanoTime() - start));
            }
        }
        List<Measurement> result = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            result.add(new Measurement(names.get(i), durations.get(i), Duration.ZERO, ""));
        }
        return result;
    }

    public Measurement withTarget(Duration value) {
        return new Measurement(operation, runs, value, note);
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
