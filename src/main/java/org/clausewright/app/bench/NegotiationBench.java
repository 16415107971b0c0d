package org.clausewright.app.bench;

import org.clausewright.app.Export;
import org.clausewright.app.ExportSettings;
import org.clausewright.app.NegotiationStatus;
import org.clausewright.app.Negotiations;
import org.clausewright.app.ProjectSession;
import org.clausewright.docx.CommentScope;
import org.clausewright.docx.WordExport;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic project again, with 5,000 open brackets of three attributed options over its clauses: the time
 * to open it, to work out its status (clauses per status, open brackets, what blocks adoption, as `status` does)
 * and to export it (as it is, and with the compilation annex and the status colours). Issue 11 holds each to the
 * figures of today's open and export ({@link Benchmark#OPEN_TARGET}, {@link Benchmark#EXPORT_TARGET}); each is also
 * timed in turn with the plain project's open or today's export, whose figures and the ratio to them the report
 * gives beside (docs/decisions/negotiation-bench-figures.md).
 */
final class NegotiationBench {
    static final int BRACKETS = 5_000;

    private final Path dir;
    private final Path plain;
    private final int runs;
    private final String author;

    /** @param dir a new folder for the bracketed project; {@code plain} the plain project's */
    NegotiationBench(Path dir, Path plain, int runs, String author) {
        this.dir = dir;
        this.plain = plain;
        this.runs = runs;
        this.author = author;
    }

    /**
     * Each bracketed figure is timed in turn with the plain project's (its open, today's export with its tracked
     * changes) in the same rounds ({@link Measurement#interleaved}): the same JVM, the same warm-up and the same
     * moments of the machine's load for both. The targets are today's figures; the plain project's, measured
     * beside, are reported with the ratio to them.
     *
     * @param todaysExport today's export in process, as the export's own line times it
     */
    List<Measurement> run(Measurement.Operation todaysExport) throws Exception {
        Project project = new SyntheticProject(20261128L).generate(Benchmark.PARTS, Benchmark.CLAUSES,
                Benchmark.THREADS, BRACKETS);
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        try (VersionHistory history = VersionHistory.open(dir)) {
            history.record("Version 1", "Synthetic project with brackets", author, Instant.now());
        }
        int[] blockers = new int[2];
        List<Measurement> opened = Measurement.interleaved(runs, List.of("open the plain project (today's open), beside",
                "open the project with " + BRACKETS + " brackets", "status (read without threads, per status, "
                        + "Adoption.blockers)"), List.of(() -> open(plain), () -> open(dir), () -> {
                            // what `status` reads and works out
                            NegotiationStatus status = NegotiationStatus.of(Negotiations.readDraft(dir));
                            blockers[0] = status.openBrackets();
                            blockers[1] = status.blockers().size();
                        }));
        Duration plainOpen = opened.get(0).median();
        List<Measurement> results = new ArrayList<>();
        results.add(opened.get(0).withNote("for comparison"));
        results.add(beside(opened.get(1).withTarget(Benchmark.OPEN_TARGET), plainOpen, "the plain project's open"));
        results.add(opened.get(2).withTarget(Benchmark.OPEN_TARGET).withNote(blockers[0] + " open brackets, "
                + blockers[1] + " clauses block adoption; " + ratioText(opened.get(2), plainOpen,
                "the plain project's open")));
        ExportSettings settings = new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false,
                Locale.ENGLISH);
        ExportSettings compilation = new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false,
                Locale.ENGLISH, true, null, true);
        // the histories open beforehand, as today's export is timed (ExportBench)
        try (VersionHistory bracketed = VersionHistory.open(dir); VersionHistory plainHistory = VersionHistory.open(plain)) {
            List<Measurement> exported = Measurement.interleaved(runs, List.of(
                    "export to Word (today's export, in process), beside",
                    "export to Word, " + BRACKETS + " brackets",
                    "export to Word, " + BRACKETS + " brackets, --compilation --status-colours",
                    "export to Word, plain project, same options"), List.of(todaysExport,
                    () -> exportOnce(bracketed, settings), () -> exportOnce(bracketed, compilation),
                    () -> exportOnce(plainHistory, settings)));
            Duration todaysExportBeside = exported.get(0).median();
            results.add(exported.get(0).withNote("for comparison"));
            results.add(beside(exported.get(1).withTarget(Benchmark.EXPORT_TARGET), todaysExportBeside,
                    "today's export"));
            results.add(beside(exported.get(2).withTarget(Benchmark.EXPORT_TARGET), todaysExportBeside,
                    "today's export"));
            results.add(exported.get(3).withNote("for comparison"));
        }
        return results;
    }

    private void open(Path project) throws Exception {
        try (ProjectSession s = ProjectSession.open(project, author)) {
            s.project();
        }
    }

    private void exportOnce(VersionHistory history, ExportSettings settings) throws Exception {
        WordExport.write(Export.request(history, settings, author, Instant.now()), new ByteArrayOutputStream(4 << 20));
    }

    private static Measurement beside(Measurement m, Duration plain, String what) {
        return m.withNote(ratioText(m, plain, what));
    }

    private static String ratioText(Measurement m, Duration plain, String what) {
        return String.format(Locale.ROOT, "%.2f \u00d7 %s measured beside", m.median().toNanos()
                / (double) Math.max(1, plain.toNanos()), what);
    }
}
