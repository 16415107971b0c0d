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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times importing a review of the synthetic project with {@link #COMMENTS} comments and {@link #CHANGES}
 * tracked changes: reading and placing it and adding it to the project in process, and the whole
 * `import-review --dry-run` in a new process, started as a member would ({@link WholeCommand}), for its peak memory.
 */
final class ReviewBench {
    static final int COMMENTS = 2_000;
    static final int CHANGES = 1_000;
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private final Path dir;
    private final int runs;
    private final WholeCommand launch = WholeCommand.current();

    ReviewBench(Path dir, int runs) {
        this.dir = dir;
        this.runs = runs;
    }

    List<Measurement> run(ProjectSession session) throws Exception {
        Path file = Files.createTempFile("clausewright-review", ".docx");
        try {
            SyntheticReview.write(session.project(), COMMENTS, CHANGES, file);
            List<Duration> times = new ArrayList<>();
            String counts = "";
            for (int r = 0; r <= runs; r++) {
                long start = System.nanoTime();
                ReviewPreview preview = ReviewImport.preview(session, file);
                preview.plan().applyTo(session.project());
                if (r > 0) {
                    times.add(Duration.ofNanos(System.nanoTime() - start));
                }
                counts = preview.plan().placedComments() + " comments and " + preview.plan().placedSuggestions()
                        + " suggestions placed, " + preview.plan().unplaced().size() + " unplaced";
            }
            List<Measurement> results = new ArrayList<>();
            results.add(new Measurement("import a review (" + COMMENTS + " comments, " + CHANGES + " changes)", times,
                    Duration.ofMillis(1500), counts));
            long start = System.nanoTime();
            long rss = commandRss(file);
            results.add(new Measurement("import-review --dry-run (new process)",
                    List.of(Duration.ofNanos(System.nanoTime() - start)), Duration.ofSeconds(5),
                    "timed " + launch.name() + "; " + (rss > 0 ? "max RSS " + (rss >> 10) + " MB, target ≤ 600 MB"
                            : "no /usr/bin/time: RSS not measured")));
            return results;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private long commandRss(Path file) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            return 0;
        }
        Path log = Files.createTempFile("clausewright-bench", ".time");
        try {
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", log.toString()));
            command.addAll(launch.with("import-review", dir.toString(), file.toString(), "--dry-run"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("import-review failed in the benchmark (exit " + p.exitValue() + ")");
            }
            Matcher rss = RSS.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return rss.find() ? Long.parseLong(rss.group(1)) : 0;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
