package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clausewright.app.bench.Benchmark;
import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.history.VersionHistory;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.servers.HttpGitServer;
import org.clausewright.servers.Programs;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cloning the benchmark's project (2,000 clauses, 5,000 threads, 200 versions) over smart HTTP on loopback
 * (lighttpd + git http-backend, basic authentication), in process. Prints the median of five clones and writes it
 * to target/clone-benchmark.txt. Not part of the normal run:
 * {@code mvn -o test -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=CloneOverHttpBenchmark}.
 */
@Tag("benchmark")
class CloneOverHttpBenchmark {
    private static final int RUNS = 5;

    @TempDir
    Path temp;

    @Test
    void measure() throws Exception {
        Path dir = temp.resolve("synthetic");
        build(dir);
        try (HttpGitServer server = HttpGitServer.start(temp.resolve("http"), "bench", "bench")) {
            String url = server.newRepository("synthetic");
            RemoteAccess access = new RemoteAccess(temp.resolve("home"), 
                    (CredentialPrompt) (address, user) -> java.util.Optional.of(new Login("bench", "bench")), null,
                    java.util.Optional.empty());
            SiteRemotes.add(dir, "origin", url);
            Sync.sync(dir, "origin", "Bench", access, TransferProgress.NONE, notice -> { });
            List<Double> millis = new ArrayList<>();
            for (int r = 0; r < RUNS; r++) {
                Path copy = temp.resolve("copy-" + r);
                long start = System.nanoTime();
                ProjectClone.clone(url, copy, access, TransferProgress.NONE);
                millis.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> sorted = millis.stream().sorted().toList();
            String line = String.format("clone over loopback HTTP, %d clauses, %d versions: median %.0f ms of %d"
                    + " (all: %s)", 2_000, Benchmark.VERSIONS, sorted.get(RUNS / 2), RUNS, millis.stream()
                    .map(m -> String.format("%.0f", m)).toList());
            System.out.println(line);
            Files.writeString(Path.of("target/clone-benchmark.txt"), line + "\n");
        }
    }

    private static void build(Path dir) throws Exception {
        Programs.git();
        SyntheticProject synthetic = new SyntheticProject(20261128L);
        Project project = synthetic.generate(20, 2_000, 5_000);
        ProjectWriter writer = new ProjectWriter(new ProjectFolder(dir));
        writer.writeAll(project);
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        try (VersionHistory history = VersionHistory.open(dir)) {
            history.record("Version 1", "Synthetic project", "Bench", time);
            for (int v = 1; v < Benchmark.VERSIONS; v++) {
                Project next = project;
                for (int k = 0; k < 2; k++) {
                    Clause c = next.clause(SyntheticProject.clauseId((2 * v + k) % 2_000)).orElseThrow();
                    next = next.withClause(synthetic.edit(c));
                }
                writer.save(project, next);
                project = next;
                history.record("Version " + (v + 1), "Two clauses edited", "Bench", time.plusSeconds(60L * v));
            }
        }
    }
}
