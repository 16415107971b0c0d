package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeOriginsTest {
    private static final List<String> WATCHED = List.of("outline.json", "clauses");

    @TempDir
    Path folder;

    @Test
    void theLatestVersionThatChangedAFileIsFoundEvenWhenItsChangeWasUndone() throws Exception {
        write(folder, "outline.json", "o1\n");
        write(folder, "clauses/a.json", "a1\n");
        write(folder, "clauses/b.json", "b1\n");
        write(folder, "annotations/a.json", "t1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version base = history.record("Base", "", "Amina", at(0));
            write(folder, "clauses/a.json", "a2\n");
            write(folder, "outline.json", "o2\n");
            Version two = history.record("Two", "", "Li", at(1));
            write(folder, "clauses/a.json", "a1\n");
            write(folder, "clauses/c.json", "c1\n");
            write(folder, "annotations/a.json", "t2\n");
            Version three = history.record("Three", "", "Kwame", at(2));
            ProjectFolder.delete(folder, "clauses/b.json");
            Version four = history.record("Four", "", "Ingrid", at(3));

            assertThat(history.changeOrigins(base, four, WATCHED)).containsExactly(
                    Map.entry("clauses/a.json", Optional.of(three)),
                    Map.entry("clauses/b.json", Optional.of(four)),
                    Map.entry("clauses/c.json", Optional.of(three)),
                    Map.entry("outline.json", Optional.of(two)));
            assertThat(history.changeOrigins(three, four, WATCHED))
                    .containsExactly(Map.entry("clauses/b.json", Optional.of(four)));
            // going back, nobody between made the difference
            assertThat(history.changeOrigins(four, three, WATCHED))
                    .containsExactly(Map.entry("clauses/b.json", Optional.empty()));
        }
    }

    /** On a straight history, the same answer as comparing each pair of versions in turn, whatever the edits were. */
    @Test
    void agreesWithComparingEachVersionWithTheOneBefore() throws Exception {
        Random random = new Random(20261128L);
        write(folder, "project.json", "{}\n");
        write(folder, "outline.json", "o\n");
        for (int i = 0; i < 60; i++) {
            write(folder, clause(i), "c" + i + "\n");
        }
        try (VersionHistory history = VersionHistory.open(folder)) {
            List<Version> versions = new ArrayList<>();
            versions.add(history.record("V0", "", "Member 0", at(0)));
            for (int v = 1; v <= 25; v++) {
                edit(random, v);
                versions.add(history.record("V" + v, "", "Member " + v, at(v)));
            }
            for (int base = 0; base < versions.size(); base += 6) {
                List<Version> later = versions.subList(base + 1, versions.size());
                Map<String, Version> found = new LinkedHashMap<>();
                history.changeOrigins(versions.get(base), versions.get(versions.size() - 1), WATCHED)
                        .forEach((path, origin) -> found.put(path, origin.orElseThrow()));
                assertThat(found).as("after V" + base).isEqualTo(pairwise(history, versions.get(base), later));
            }
        }
    }

    private void edit(Random random, int v) throws Exception {
        for (int n = random.nextInt(6); n >= 0; n--) {
            int i = random.nextInt(70);
            Path file = folder.resolve(clause(i));
            switch (random.nextInt(5)) {
                case 0 -> Files.deleteIfExists(file);
                case 1 -> write(folder, clause(i), "c" + i + "\n"); // often back to how it was
                default -> write(folder, clause(i), "c" + i + " v" + v + "\n");
            }
        }
        if (random.nextInt(3) == 0) {
            write(folder, "outline.json", "o" + random.nextInt(3) + "\n");
        }
        if (random.nextInt(4) == 0) {
            write(folder, "annotations/a.json", "t" + v + "\n");
        }
        if (random.nextInt(4) == 0) {
            write(folder, "clauses/old/c-" + random.nextInt(3) + ".json", "nested " + v + "\n");
        }
        if (random.nextInt(6) == 0) {
            // a file and a folder of the same name take turns
            Path file = folder.resolve("clauses/x");
            if (Files.isDirectory(file)) {
                Files.delete(file.resolve("y.json"));
                Files.delete(file);
                write(folder, "clauses/x", "file " + v + "\n");
            } else {
                Files.deleteIfExists(file);
                write(folder, "clauses/x/y.json", "in folder " + v + "\n");
            }
        }
    }

    private static Map<String, Version> pairwise(VersionHistory history, Version base, List<Version> later)
            throws HistoryException {
        Map<String, Version> latest = new LinkedHashMap<>();
        Version previous = base;
        for (Version v : later) {
            for (PathChange change : history.changedPaths(previous, v)) {
                if (change.path().equals("outline.json") || change.path().startsWith("clauses/")) {
                    latest.put(change.path(), v);
                }
            }
            previous = v;
        }
        return latest;
    }

    private static String clause(int i) {
        return "clauses/c-" + String.format("%03d", i) + ".json";
    }

    @Test
    void theLogIsReadAgainWhenAVersionIsRecordedOrAMilestoneMarked() throws Exception {
        write(folder, "outline.json", "o1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina", at(0));
            assertThat(history.log()).containsExactly(one);
            Version two = history.record("Two", "", "Li", at(1));
            assertThat(history.log()).containsExactly(two, one);
            Version marked = history.markMilestone(one, "Circulated draft 1", "Li", at(2));
            assertThat(history.log()).containsExactly(two, marked);
            assertThat(history.resolve("Circulated draft 1")).isEqualTo(marked);
        }
    }
}
