package org.clausewright.cli;

import org.clausewright.app.bench.BenchReport;
import org.clausewright.app.bench.Benchmark;
import org.clausewright.app.bench.Measurement;
import org.clausewright.app.bench.MemoryFigure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", description = "Generate a synthetic project (" + Benchmark.CLAUSES + " clauses, "
        + Benchmark.THREADS + " threads, " + Benchmark.VERSIONS + " versions) and print the median time of the "
        + "operations members wait on, the peak heap of the editing operations and, on their own lines, of the export.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per operation (default 7).")
    private int runs = 7;

    @Option(names = "--keep", paramLabel = "DIR", description = "Build the project in DIR (a new folder) and keep it.")
    private Path keep;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = keep != null ? keep : Files.createTempDirectory("clausewright-bench");
        if (keep != null) {
            Files.createDirectories(dir);
        }
        try {
            BenchReport report = new Benchmark(dir, runs, line -> err.println(line)).run();
            print(report, out);
            return 0;
        } finally {
            if (keep == null) {
                deleteTree(dir);
            }
        }
    }

    static void print(BenchReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-52s %10s %10s  %s%n", "operation", "median", "target", "");
        for (Measurement m : report.measurements()) {
            boolean hasTarget = !m.target().isZero();
            out.printf(Locale.ROOT, "%-52s %10s %10s  %s%s%n", m.operation(), millis(m.median()),
                    hasTarget ? "≤ " + millis(m.target()) : "", !hasTarget ? "" : m.meetsTarget() ? "ok" : "SLOWER",
                    m.note().isEmpty() ? "" : "  (" + m.note() + ")");
        }
        for (MemoryFigure m : report.memory()) {
            out.printf(Locale.ROOT, "%-52s %10s %10s  %s%s%n", m.what(), mib(m.bytes()),
                    m.targetBytes() > 0 ? "≤ " + mib(m.targetBytes()) : "", m.targetBytes() <= 0 ? "" : m.meetsTarget()
                            ? "ok" : "OVER", m.note().isEmpty() ? "" : "  (" + m.note() + ")");
        }
        out.printf(Locale.ROOT, "(setup: generating and recording the project took %.1f s; %d runs each)%n",
                report.setup().toMillis() / 1000.0, report.measurements().get(0).runs().size());
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
