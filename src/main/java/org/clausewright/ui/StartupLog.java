package org.clausewright.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * How long after the process started each step of opening the window ended, printed to standard error when
 * the system property {@code clausewright.startupLog} is set: the figures behind docs/decisions/window-start.md.
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
            out.printf("startup %5d ms  %s [%s, %d ms CPU]%n", Duration.between(processStart, Instant.now()).toMillis(),
                    what, Thread.currentThread().getName(), cpu);
        }
    }
}
