package org.clausewright.app.bench;

import org.clausewright.app.Export;
import org.clausewright.app.ExportSettings;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.ExportRequest;
import org.clausewright.docx.WordExport;
import org.clausewright.history.VersionHistory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the Word export of the synthetic project (open threads as comments, tracked changes since a version
 * 100 back): in process, as a whole command (a new process started as a member would, see {@link WholeCommand},
 * with peak memory from /usr/bin/time where present),
 * and pandoc writing the same content from Markdown (the comments and the tracked changes too, {@link MarkdownTwin}),
 * for a ratio measured on the same machine at once.
 */
final class ExportBench {
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private final Path dir;
    private final String compareId;
    private final int runs;
    private final String author;
    private final WholeCommand launch = WholeCommand.current();

    ExportBench(Path dir, String compareId, int runs, String author) {
        this.dir = dir;
        this.compareId = compareId;
        this.runs = runs;
        this.author = author;
    }

    /** The export's timings, and its memory apart from the other operations'. */
    record Result(List<Measurement> measurements, List<MemoryFigure> memory) {
    }

    Result run(VersionHistory history) throws Exception {
        List<Measurement> results = new ArrayList<>();
        List<Duration> inProcess = new ArrayList<>();
        int[] counts = new int[3];
        ExportRequest request = null;
        for (int r = 0; r <= runs; r++) {
            long start = System.nanoTime();
            request = request(history);
            var report = WordExport.write(request, new ByteArrayOutputStream(4 << 20));
            if (r > 0) {
                inProcess.add(Duration.ofNanos(System.nanoTime() - start));
            }
            counts[0] = report.clauses();
            counts[1] = report.comments();
            counts[2] = report.revisions();
        }
        results.add(new Measurement("export to Word (in process)", inProcess, Benchmark.EXPORT_TARGET,
                counts[0] + " clauses, " + counts[1] + " comments, " + counts[2] + " revisions"));

        MarkdownTwin.Twin twin = MarkdownTwin.of(request.project(), request.baseline());
        Duration pandoc = pandoc(twin.markdown());
        long[] peak = {0};
        List<Duration> whole = new ArrayList<>();
        for (int r = 0; r < Math.min(runs, 3); r++) {
            whole.add(command(peak));
        }
        Measurement command = new Measurement("export command (new process)", whole,
                pandoc == null ? Duration.ofSeconds(3) : Duration.ofNanos((long) (pandoc.toNanos() * 0.3)),
                "timed " + launch.name() + "; " + (pandoc == null ? "pandoc not installed" : String.format(Locale.ROOT,
                        "ours/pandoc = %.2f, target ≤ 0.3 × pandoc", command(whole).toNanos() / (double) pandoc.toNanos())));
        results.add(command);
        if (pandoc != null) {
            results.add(new Measurement("pandoc -o x.docx on the same content", List.of(pandoc), Duration.ZERO,
                    String.format(Locale.ROOT, "for comparison: %d comments, %d insertions, %d deletions",
                            twin.comments(), twin.insertions(), twin.deletions())));
        }
        List<MemoryFigure> memory = new ArrayList<>();
        memory.add(peak[0] > 0
                ? new MemoryFigure("export command max RSS (/usr/bin/time -v)", peak[0] << 10, 600L << 20, "issue 3")
                : new MemoryFigure("export command max RSS", 0, 0, "no /usr/bin/time: not measured"));
        return new Result(results, memory);
    }

    /** Today's export in process, as {@link #run} times it, for timing beside other operations. */
    Measurement.Operation inProcess(VersionHistory history) {
        return () -> WordExport.write(request(history), new ByteArrayOutputStream(4 << 20));
    }

    private ExportRequest request(VersionHistory history) throws Exception {
        return Export.request(history, new ExportSettings(null, compareId, CommentScope.OPEN, false, false, null,
                false, Locale.ENGLISH), author, Instant.now());
    }

    private static Duration command(List<Duration> runs) {
        return new Measurement("", runs, Duration.ZERO, "").median();
    }

    /**
     * One whole run of `clausewright export` in a new JVM; records the peak RSS when /usr/bin/time is there. The
     * time is our own clock's: /usr/bin/time's wall clock has hundredths of a second, too coarse beside a target
     * of a few hundred milliseconds. Ours includes starting the process from this JVM and /usr/bin/time itself,
     * a few milliseconds.
     */
    private Duration command(long[] peak) throws IOException, InterruptedException {
        Path out = Files.createTempFile("clausewright-bench", ".docx");
        Path log = Files.createTempFile("clausewright-bench", ".time");
        try {
            List<String> cmd = new ArrayList<>();
            boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
            if (timed) {
                cmd.addAll(List.of("/usr/bin/time", "-v", "-o", log.toString()));
            }
            cmd.addAll(launch.with("export", dir.toString(), "-o", out.toString(), "--comments", "open",
                    "--compare", compareId));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("the export command failed in the benchmark (exit " + p.exitValue() + ")");
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (timed) {
                String report = Files.readString(log, StandardCharsets.UTF_8);
                Matcher rss = RSS.matcher(report);
                if (rss.find()) {
                    peak[0] = Math.max(peak[0], Long.parseLong(rss.group(1)));
                }
            }
            return elapsed;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    /** pandoc's time to write the Markdown twin as .docx (median of three), or null when pandoc is missing. */
    private static Duration pandoc(String markdown) throws IOException, InterruptedException {
        Path md = Files.createTempFile("clausewright-bench", ".md");
        Path docx = Files.createTempFile("clausewright-bench-pandoc", ".docx");
        try {
            Files.writeString(md, markdown, StandardCharsets.UTF_8);
            List<Duration> runs = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                long start = System.nanoTime();
                Process p;
                try {
                    p = new ProcessBuilder("pandoc", md.toString(), "-o", docx.toString()).redirectErrorStream(true).start();
                } catch (IOException e) {
                    return null;
                }
                p.getInputStream().readAllBytes();
                if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                    return null;
                }
                runs.add(Duration.ofNanos(System.nanoTime() - start));
            }
            return command(runs);
        } finally {
            Files.deleteIfExists(md);
            Files.deleteIfExists(docx);
        }
    }
}
