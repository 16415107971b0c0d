package org.clausewright.app.bench;

import org.clausewright.app.ProjectSession;
import org.clausewright.app.ReviewImport;
import org.clausewright.app.ReviewPreview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reviews that used to be quadratic or to run out of memory, at the sizes the 50 MB file limit admits:
 * 100,000 comments on one paragraph, and a file of nearly 50 MB whose document and comment parts unpack to
 * about 84 MB each. Each is previewed in process (time, peak heap) and by `import-review --dry-run` in a new
 * process limited to a {@link #HEAP_MB} MB heap, which must succeed.
 */
final class HostileReviewBench {
    static final int HEAP_MB = 600;
    static final int COMMENTS_ON_ONE_PARAGRAPH = 100_000;
    static final long LARGE_PART_BYTES = 84_000_000L;
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    /** One case's figures: its timings, and the peak heap of its in-process run. */
    record Result(List<Measurement> measurements, List<MemoryFigure> memory) {
    }

    @FunctionalInterface
    interface ReviewFile {
        void write(Path file) throws IOException;
    }

    private final Path dir;
    private final WholeCommand launch = WholeCommand.current();
    private final Runnable resetPeak;
    private final Supplier<Long> peak;

    HostileReviewBench(Path dir, Runnable resetPeak, Supplier<Long> peak) {
        this.dir = dir;
        this.resetPeak = resetPeak;
        this.peak = peak;
    }

    Result run(ProjectSession session) throws Exception {
        List<Measurement> measurements = new ArrayList<>();
        List<MemoryFigure> memory = new ArrayList<>();
        one(session, COMMENTS_ON_ONE_PARAGRAPH + " comments on one paragraph",
                file -> SyntheticReview.commentsOnOneParagraph(session.project(), COMMENTS_ON_ONE_PARAGRAPH, file),
                measurements, memory);
        one(session, "a review with large parts (" + (LARGE_PART_BYTES / 1_000_000) + " MB of document and of comments)",
                file -> SyntheticReview.largeParts(session.project(), LARGE_PART_BYTES, file), measurements, memory);
        return new Result(measurements, memory);
    }

    private void one(ProjectSession session, String name, ReviewFile writer, List<Measurement> measurements,
                     List<MemoryFigure> memory) throws Exception {
        Path file = Files.createTempFile("clausewright-hostile", ".docx");
        try {
            writer.write(file);
            String size = String.format("%.1f MB file", Files.size(file) / 1e6);
            resetPeak.run();
            long start = System.nanoTime();
            ReviewPreview preview = ReviewImport.preview(session, file);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            measurements.add(new Measurement("preview " + name, List.of(took), Duration.ZERO, size + ", "
                    + preview.plan().comments() + " comments, " + preview.plan().suggestions() + " suggestions"));
            memory.add(new MemoryFigure("peak heap used (preview " + name + ")", peak.get(), 0, "issue 9 item 5"));
            measurements.add(command(name, file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** `import-review --dry-run` in a new process with at most {@link #HEAP_MB} MB of heap. */
    private Measurement command(String name, Path file) throws IOException, InterruptedException {
        Path log = Files.createTempFile("clausewright-bench", ".time");
        try {
            List<String> command = new ArrayList<>();
            boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
            if (timed) {
                command.addAll(List.of("/usr/bin/time", "-v", "-o", log.toString()));
            }
            command.addAll(launch.with("import-review", dir.toString(), file.toString(), "--dry-run"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("JDK_JAVA_OPTIONS", "-Xmx" + HEAP_MB + "m");
            long start = System.nanoTime();
            Process p = builder.start();
            byte[] output = p.getInputStream().readAllBytes();
            boolean ended = p.waitFor(10, TimeUnit.MINUTES);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String verdict;
            if (!ended) {
                p.destroyForcibly();
                verdict = "did not finish in 10 minutes";
            } else if (p.exitValue() != 0) {
                String out = new String(output, StandardCharsets.UTF_8).strip();
                verdict = "FAILED (exit " + p.exitValue() + "): " + out.substring(out.lastIndexOf('\n') + 1);
            } else {
                verdict = "succeeded";
            }
            Matcher rss = timed ? RSS.matcher(Files.readString(log, StandardCharsets.UTF_8)) : null;
            String memoryNote = rss != null && rss.find() ? ", max RSS " + (Long.parseLong(rss.group(1)) >> 10) + " MB" : "";
            return new Measurement("import-review --dry-run, " + name + ", -Xmx" + HEAP_MB + "m (new process)",
                    List.of(took), Duration.ZERO, verdict + memoryNote + "; timed " + launch.name());
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
