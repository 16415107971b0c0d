package org.clausewright.ui;

import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;
import org.clausewright.ui.outline.OutlineRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window on the benchmark's synthetic project (2,000 clauses, 5,000 threads): window ready, select a
 * clause, type a character, type in a long clause with 50 detached threads, filter the library. Each interaction is timed on the UI thread: the event's own
 * work plus the CSS and layout pass of the next pulse (not the wait for that pulse, nor rendering, which
 * runs on its own thread). Not part of the normal run:
 * {@code mvn -o test -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=EditorBenchmark}. More keystrokes
 * per measurement (for a profiler, and a JIT past its warm-up): the tests' JVM's system property {@code bench.runs}.
 */
@Tag("benchmark")
class EditorBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final String DETACHED_ON = DetachedThreadsProject.DETACHED_ON;
    @TempDir
    Path temp;

    @Test
    void measure() throws Exception {
        measure(new SyntheticProject(20261128L), "en", new String[] {"toxins", "convention", "misuse", "academic",
                "freedom", "care", "reported", "law"}, "ui-benchmark.txt");
    }

    /**
     * The same project (the same seed, the same number of words a clause, threads and detached threads) with its
     * clause text in Arabic, and the window in Arabic, mirrored: right-to-left paragraphs, Arabic shaping and the
     * word iterator on Arabic text in every keystroke.
     */
    @Test
    void measureInArabic() throws Exception {
        measure(new SyntheticProject(20261128L, SyntheticProject.ARABIC), "ar", new String[] {"التكسينات", "اتفاقية",
                "الإساءة", "الأكاديمية", "الحرية", "العناية", "مبلَّغة", "القانون"}, "ui-benchmark-ar.txt");
    }

    private void measure(SyntheticProject generator, String language, String[] words, String reportFile)
            throws Exception {
        Path dir = temp.resolve("synthetic");
        Project project = DetachedThreadsProject.of(generator);
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        try (VersionHistory history = VersionHistory.open(dir)) {
            history.record("Version 1", "Synthetic project", "Bench", Instant.parse("2026-01-01T00:00:00Z"));
        }
        long start = System.nanoTime();
        EditorWindow window = EditorWindow.openOn(dir, language);
        window.waitFor(30, () -> window.outline().getSelectionModel().getSelectedItem() != null);
        double ready = (System.nanoTime() - start) / 1e6;

        List<TreeItem<OutlineRow>> clauses = new ArrayList<>();
        collect(window.outline().getRoot(), clauses);
        Random random = new Random(7);
        List<Double> select = new ArrayList<>();
        List<Double> selectCpu = new ArrayList<>();
        List<Double> type = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        List<Double> typeModel = new ArrayList<>();
        List<Double> typeCpu = new ArrayList<>();
        StyleClassedTextArea area = window.robot.lookup("#clause-text").query();
        PulseTimer pulses = new PulseTimer(window.stage().getScene());
        // layouts of the outline (its VirtualFlow): typing in a clause's text changes nothing the outline shows
        VirtualFlow<?> flow = window.robot.from(window.outline()).lookup(".virtual-flow").query();
        AtomicInteger outlineLayouts = new AtomicInteger();
        window.robot.interact(() -> flow.needsLayoutProperty().addListener((o, was, now) -> {
            if (was && !now) {
                outlineLayouts.incrementAndGet();
            }
        }));
        int typingLayouts = 0;
        for (int i = 0; i < RUNS; i++) {
            TreeItem<OutlineRow> item = clauses.get(random.nextInt(clauses.size()));
            select.add(pulses.time(window, () -> window.outline().getSelectionModel().select(item), null));
            selectCpu.add(pulses.lastCpuMillis());
            int layoutsBefore = outlineLayouts.get();
            type.add(pulses.time(window, () -> area.insertText(area.getLength(), "x"), typeModel));
            typingLayouts += outlineLayouts.get() - layoutsBefore;
            typeCpu.add(pulses.lastCpuMillis());
        }
        // one long clause carrying 50 detached threads whose quotes (240 characters each) are nowhere in it
        List<Double> typeDetached = new ArrayList<>();
        List<Double> typeDetachedModel = new ArrayList<>();
        List<Double> typeDetachedCpu = new ArrayList<>();
        TreeItem<OutlineRow> heavy = clauses.stream().filter(c -> c.getValue().id().equals(DETACHED_ON)).findFirst()
                .orElseThrow();
        window.robot.interact(() -> window.outline().getSelectionModel().select(heavy));
        int detachedLayoutsFrom = outlineLayouts.get();
        for (int i = 0; i < RUNS; i++) {
            int at = i % 2 == 0 ? -1 : random.nextInt(Math.max(1, area.getLength()));
            typeDetached.add(pulses.time(window, () -> area.insertText(at < 0 ? area.getLength() : at, "x"),
                    typeDetachedModel));
            typeDetachedCpu.add(pulses.lastCpuMillis());
        }
        int detachedLayouts = outlineLayouts.get() - detachedLayoutsFrom;
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(1));
        TextField search = window.robot.lookup("#library-search").query();
        for (int i = 0; i < RUNS; i++) {
            String word = words[i % words.length];
            filter.add(pulses.time(window, () -> search.setText(word), null));
        }
        String report = String.format("UI benchmark on %d clauses, %d threads, window in %s (%d runs; median / 95th"
                        + " percentile)%n"
                        + "window ready (launch to first clause shown): %.0f ms (target 3000)%n"
                        + "select a clause:    %.1f / %.1f ms (target 50)%n"
                        + "  UI-thread CPU time: %.1f / %.1f ms%n"
                        + "type a character:   %.1f / %.1f ms (target 16)%n"
                        + "  of which the event itself (area, commands, view models): %.1f / %.1f ms%n"
                        + "  UI-thread CPU time (without waits for a core on a busy machine): %.1f / %.1f ms%n"
                        + "  layouts of the outline in %d keystrokes: %d%n"
                        + "type a character in a clause of %d characters with %d detached threads: %.1f / %.1f ms"
                        + " (target 16)%n"
                        + "  of which the event itself: %.1f / %.1f ms%n"
                        + "  UI-thread CPU time: %.1f / %.1f ms%n"
                        + "  layouts of the outline in %d keystrokes (and the pulses until the next one): %d%n"
                        + "filter the library: %.1f / %.1f ms (target 100)%n",
                project.clauses().size(), project.threadCount(), language.equals("ar") ? "ar, Arabic text"
                        : language + ", English text", RUNS, ready, median(select), p95(select),
                median(selectCpu), p95(selectCpu),
                median(type), p95(type), median(typeModel), p95(typeModel), median(typeCpu), p95(typeCpu), RUNS,
                typingLayouts,
                project.clause(DETACHED_ON).orElseThrow().text().length(),
                project.threadsOf(DETACHED_ON).stream().filter(AnnotationThread::detached).count(),
                median(typeDetached), p95(typeDetached), median(typeDetachedModel), p95(typeDetachedModel),
                median(typeDetachedCpu), p95(typeDetachedCpu), RUNS, detachedLayouts,
                median(filter), p95(filter));
        System.out.println(report);
        Files.writeString(Path.of("target", reportFile), report);
        window.close();
    }

    private static void collect(TreeItem<OutlineRow> item, List<TreeItem<OutlineRow>> out) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (child.getValue().kind() == OutlineRow.Kind.CLAUSE) {
                out.add(child);
            }
            collect(child, out);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
