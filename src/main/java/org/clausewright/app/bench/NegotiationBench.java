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
 * and to export it (as it is, and with the compilation annex and the status colours), each against the plain
 * project's figure measured in the same run, the exports under the conditions of today's export.
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
     * @param open   the plain project's median open, the target of open and status
     * @param export the plain project's median export (with tracked changes), the target of the export
     */
    List<Measurement> run(Duration open, Duration export) throws Exception {
        Project project = new SyntheticProject(20261128L).generate(Benchmark.PARTS, Benchmark.CLAUSES,
                Benchmark.THREADS, BRACKETS);
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        try (VersionHistory history = VersionHistory.open(dir)) {
            history.record("Version 1", "Synthetic project with brackets", author, Instant.now());
        }
        List<Measurement> results = new ArrayList<>();
        int[] blockers = new int[2];
        results.add(time("open the project with " + BRACKETS + " brackets", open, () -> {
            try (ProjectSession s = ProjectSession.open(dir, author)) {
                s.project();
            }
        }));
        // the earlier figure was taken with the JVM colder: the plain project again, beside, is the fair ratio
        results.add(time("open the plain project, again beside it", Duration.ZERO, () -> {
            try (ProjectSession s = ProjectSession.open(plain, author)) {
                s.project();
            }
        }).withNote("for comparison"));
        results.add(time("status (read, per status, Adoption.blockers)", open, () -> {
            NegotiationStatus status = NegotiationStatus.of(Negotiations.readDraft(dir));
            blockers[0] = status.openBrackets();
            blockers[1] = status.blockers().size();
        }).withNote(blockers[0] + " open brackets, " + blockers[1] + " clauses block adoption"));
        ExportSettings settings = new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false,
                Locale.ENGLISH);
        ExportSettings compilation = new ExportSettings(null, null, CommentScope.OPEN, false, false, null, false,
                Locale.ENGLISH, true, null, true);
        // As today's export is timed (ExportBench): the history open beforehand, one export to warm up, then the runs;
        // the ratio to today's figure is the question
        try (VersionHistory history = VersionHistory.open(dir)) {
            results.add(ratio(time("export to Word, " + BRACKETS + " brackets", export,
                    () -> exportOnce(history, settings)), export));
            results.add(ratio(time("export to Word, " + BRACKETS + " brackets, --compilation --status-colours", export,
                    () -> exportOnce(history, compilation)), export));
        }
        try (VersionHistory history = VersionHistory.open(plain)) {
            results.add(time("export to Word, plain project, same options", Duration.ZERO,
                    () -> exportOnce(history, settings)).withNote("for comparison"));
        }
        return results;
    }

    private void exportOnce(VersionHistory history, ExportSettings settings) throws Exception {
        WordExport.write(Export.request(history, settings, author, Instant.now()), new ByteArrayOutputStream(4 << 20));
    }

    private static Measurement ratio(Measurement m, Duration today) {
        return m.withNote(String.format(Locale.ROOT, "%.2f \u00d7 today's export", m.median().toNanos()
                / (double) Math.max(1, today.toNanos())));
    }

    private Measurement time(String name, Duration target, Measurement.Operation op) throws Exception {
        return Measurement.timed(name, runs, target, "", op);
    }
}
