package org.clausewright.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How long after the process started each step of opening the window ended, printed to standard error when
 * the system property {@code clausewright.startupLog} is set: the figures behind docs/decisions/window-start.md.
 * Each line gives the step's thread's CPU time and the whole process's; the last step ({@link #threads}) also
 * lists every thread's CPU time (the JIT compilers and the collector included, which Java's own thread list
 * leaves out), since on two shared cores the time from launch depends on load, and CPU time much less.
 */
final class StartupLog {
    private final PrintStream out;
    private final Instant processStart;

    private StartupLog(PrintStream out) {
        this.out = out;
        this.processStart = out == null ? null
                : ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    static StartupLog fromSystemProperties() {
        return new StartupLog(System.getProperty("clausewright.startupLog") == null ? null : System.err);
    }

    static StartupLog off() {
        return new StartupLog(null);
    }

    void step(String what) {
        if (out != null) {
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            long process = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            out.printf("startup %5d ms  %s [%s, %d ms CPU; process %d ms CPU]%n",
                    Duration.between(processStart, Instant.now()).toMillis(), what,
                    Thread.currentThread().getName(), cpu, process);
        }
    }

    /**
     * Every thread's CPU time so far, in milliseconds, summed by name (the JIT's numbered compiler threads as
     * one), from Linux's {@code /proc/self/task}; elsewhere a line saying it is not available.
     */
    void threads() {
        if (out == null) {
            return;
        }
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            out.println("startup threads: per-thread CPU time is read from /proc, which this system lacks");
            return;
        }
        Map<String, Long> byName = new TreeMap<>();
        try (Stream<Path> all = Files.list(tasks)) {
            all.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+$", "#");
                    // schedstat's first field: nanoseconds on a CPU
                    long ns = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    byName.merge(name, ns / 1_000_000, Long::sum);
                } catch (IOException e) {
                    // a thread that ended while the list was read has nothing left to count
                    if (Files.exists(task)) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder line = new StringBuilder("startup threads:");
        byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0)
                .forEach(e -> line.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        out.println(line);
    }
}
