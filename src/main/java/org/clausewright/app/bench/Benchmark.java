package org.clausewright.app.bench;

import org.clausewright.app.ProjectSession;
import org.clausewright.app.VersionComparison;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the synthetic project with its history, then times the operations a committee waits on. Each
 * operation runs once to warm up and then {@code runs} times; the report gives medians.
 */
public final class Benchmark {
    public static final int CLAUSES = 2_000;
    public static final int PARTS = 20;
    public static final int THREADS = 5_000;
    public static final int VERSIONS = 200;
    /** Today's open: the figure the project's open is held to (issue 2). */
    static final Duration OPEN_TARGET = Duration.ofMillis(800);
    /** Today's export: the figure the export in process is held to (issue 3). */
    static final Duration EXPORT_TARGET = Duration.ofMillis(1000);
    private static final String AUTHOR = "Ingrid Solberg";

    private final Path dir;
    private final int runs;
    private final Consumer<String> progress;
    private final SyntheticProject synthetic = new SyntheticProject(20261128L);
    private final List<Version> versions = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    public Benchmark(Path dir, int runs, Consumer<String> progress) {
        this.dir = dir;
        this.runs = runs;
        this.progress = progress;
    }

    public BenchReport run() throws Exception {
        long setupStart = System.nanoTime();
        build();
        Duration setup = Duration.ofNanos(System.nanoTime() - setupStart);
        resetPeakHeap();

        List<Measurement> results = new ArrayList<>();
        List<MemoryFigure> memory = new ArrayList<>();
        results.add(time("open the project", OPEN_TARGET.toMillis(), "", () -> {
            try (ProjectSession s = ProjectSession.open(dir, AUTHOR)) {
                s.project();
            }
        }));
        try (ProjectSession session = ProjectSession.open(dir, AUTHOR);
             VersionHistory history = VersionHistory.open(dir)) {
            results.add(time("save one edited clause", 20, "", () -> {
                session.update(editClauses(session.project(), 1));
                session.save();
            }));
            List<Duration> recordRuns = new ArrayList<>();
            for (int r = 0; r <= runs; r++) {
                session.update(editClauses(session.project(), 20));
                session.save();
                long start = System.nanoTime();
                history.record("Bench record " + r, "20 clauses edited", AUTHOR, tick());
                if (r > 0) {
                    recordRuns.add(Duration.ofNanos(System.nanoTime() - start));
                }
            }
            results.add(new Measurement("record a version (20 clauses changed)", recordRuns, Duration.ofMillis(300), ""));
            results.add(time("list history (" + history.log().size() + " versions)", 100, "", history::log));
            int[] changed = new int[1];
            int[] run = new int[1];
            results.add(time("compare two versions 100 apart", 300, "", () -> {
                int from = 40 + run[0]++ % 50;
                VersionComparison c = VersionComparison.compare(history, versions.get(from), versions.get(from + 100));
                changed[0] = c.comparison().summary().textChanged();
            }).withNote(changed[0] + " clauses changed"));
            Project before = session.project();
            Project after = EditorWork.reworded(before);
            Runnable compare = EditorWork.compare(before, after);
            results.add(time("compare two drafts in memory (every tenth clause reworded)", 100, "", compare::run));
            Runnable keystroke = EditorWork.keystroke();
            results.add(time("re-anchor 20 threads after a keystroke (5,000 chars)", 5, "", keystroke::run));
            memory.add(new MemoryFigure("peak heap used (open, save, record, log, compare)", peakHeap(), 512L << 20,
                    "issue 2"));
            // The export is issue 3's, with its own figures: its heap must not count against the operations above.
            resetPeakHeap();
            ExportBench.Result export = new ExportBench(dir, versions.get(VERSIONS - 100).id(), runs, AUTHOR)
                    .run(history);
            results.addAll(export.measurements());
            memory.add(new MemoryFigure("peak heap used (export in process)", peakHeap(), 0, "issue 3"));
            memory.addAll(export.memory());
        }
        // No session holds the plain project while the bracketed one's figures are taken beside its own: both are
        // opened as a member opens them, the lock taken (a session held here made the plain open a read-only one)
        try (VersionHistory history = VersionHistory.open(dir)) {
            results.addAll(negotiation(new ExportBench(dir, versions.get(VERSIONS - 100).id(), runs, AUTHOR)
                    .inProcess(history)));
        }
        try (ProjectSession session = ProjectSession.open(dir, AUTHOR)) {
            resetPeakHeap();
            results.addAll(new ReviewBench(dir, runs).run(session));
            memory.add(new MemoryFigure("peak heap used (review import in process)", peakHeap(), 0, "issue 5"));
            HostileReviewBench.Result hostile = new HostileReviewBench(dir, Benchmark::resetPeakHeap,
                    Benchmark::peakHeap).run(session);
            results.addAll(hostile.measurements());
            memory.addAll(hostile.memory());
            progress.accept("Measuring the merge of two sites…");
            results.add(new MergeBench(runs).run(session.project()));
        }
        return new BenchReport(dir.toString(), results, memory, setup);
    }

    // Beside the project, not in it: a folder inside would be a stranger in the project's own folder.
    private List<Measurement> negotiation(Measurement.Operation todaysExport) throws Exception {
        progress.accept("Measuring the project with " + NegotiationBench.BRACKETS + " brackets…");
        Path negotiated = Files.createTempDirectory("clausewright-bench-brackets");
        try {
            return new NegotiationBench(negotiated, dir, runs, AUTHOR).run(todaysExport);
        } finally {
            try (Stream<Path> paths = Files.walk(negotiated)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void build() throws Exception {
        progress.accept("Generating " + CLAUSES + " clauses in " + PARTS + " parts with " + THREADS + " threads…");
        Project project = synthetic.generate(PARTS, CLAUSES, THREADS);
        ProjectWriter writer = new ProjectWriter(new ProjectFolder(dir));
        writer.writeAll(project);
        try (VersionHistory history = VersionHistory.open(dir)) {
            versions.add(history.record("Version 1", "Synthetic project", AUTHOR, tick()));
            for (int v = 1; v < VERSIONS; v++) {
                if (v % 50 == 0) {
                    progress.accept("Recorded " + v + " of " + VERSIONS + " versions…");
                }
                Project next = project;
                for (int k = 0; k < 2; k++) {
                    Clause c = next.clause(SyntheticProject.clauseId((2 * v + k) % CLAUSES)).orElseThrow();
                    next = next.withClause(synthetic.edit(c));
                }
                writer.save(project, next);
                project = next;
                versions.add(history.record("Version " + (v + 1), "Two clauses edited", AUTHOR, tick()));
            }
        }
        progress.accept("Measuring (" + runs + " runs each)…");
    }

    private Project editClauses(Project project, int count) {
        Project next = project;
        for (int k = 0; k < count; k++) {
            String id = SyntheticProject.clauseId((int) ((System.nanoTime() / 1000 + k * 97L) % CLAUSES));
            next = next.withClause(synthetic.edit(next.clause(id).orElseThrow()));
        }
        return next;
    }

    private Instant tick() {
        clock = clock.plusSeconds(3600);
        return clock;
    }

    private Measurement time(String name, long targetMillis, String note, Measurement.Operation op) throws Exception {
        return Measurement.timed(name, runs, Duration.ofMillis(targetMillis), note, op);
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
