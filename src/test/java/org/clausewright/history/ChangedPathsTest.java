package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.PathChange.Kind.ADDED;
import static org.clausewright.history.PathChange.Kind.DELETED;
import static org.clausewright.history.PathChange.Kind.MODIFIED;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedPathsTest {
    @TempDir
    Path folder;

    @Test
    void betweenTwoVersionsOnlyTheChangedFilesAreListed() throws Exception {
        write(folder, "project.json", "{}\n");
        write(folder, "outline.json", "o1\n");
        write(folder, "clauses/a.json", "a1\n");
        write(folder, "clauses/b.json", "b1\n");
        write(folder, "annotations/a.json", "t1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina Diallo", at(0));
            write(folder, "clauses/a.json", "a2\n");
            write(folder, "clauses/c.json", "c1\n");
            ProjectFolder.delete(folder, "annotations/a.json");
            Version two = history.record("Two", "", "Amina Diallo", at(1));

            assertThat(history.changedPaths(one, two)).containsExactly(
                    new PathChange("annotations/a.json", DELETED),
                    new PathChange("clauses/a.json", MODIFIED),
                    new PathChange("clauses/c.json", ADDED));
            assertThat(history.changedPaths(two, one)).containsExactly(
                    new PathChange("annotations/a.json", ADDED),
                    new PathChange("clauses/a.json", MODIFIED),
                    new PathChange("clauses/c.json", DELETED));
            assertThat(history.changedPaths(two, two)).isEmpty();
        }
    }

    @Test
    void againstTheFolderUnrecordedEditsAreListedInEitherDirection() throws Exception {
        write(folder, "project.json", "{}\n");
        write(folder, "clauses/a.json", "a1\n");
        write(folder, "clauses/b.json", "b1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina Diallo", at(0));
            assertThat(history.changedPaths(one, Revision.WORKING)).isEmpty();

            // Same size, written straight after recording: only the content tells them apart.
            write(folder, "clauses/a.json", "a2\n");
            write(folder, "clauses/c.json", "c1\n");
            ProjectFolder.delete(folder, "clauses/b.json");
            write(folder, ".clausewright.lock", "Li Wei\n");
            write(folder, "clauses/.c.json.99.tmp", "half");

            assertThat(history.changedPaths(one, Revision.WORKING)).containsExactly(
                    new PathChange("clauses/a.json", MODIFIED),
                    new PathChange("clauses/b.json", DELETED),
                    new PathChange("clauses/c.json", ADDED));
            assertThat(history.changedPaths(Revision.WORKING, one)).containsExactly(
                    new PathChange("clauses/a.json", MODIFIED),
                    new PathChange("clauses/b.json", ADDED),
                    new PathChange("clauses/c.json", DELETED));
            assertThat(history.changedPaths(Revision.WORKING, Revision.WORKING)).isEmpty();
        }
    }

    @Test
    void anOlderVersionIsComparedWithTheFolderNotJustWithTheLatest() throws Exception {
        write(folder, "clauses/a.json", "a1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina Diallo", at(0));
            write(folder, "clauses/a.json", "a2\n");
            history.record("Two", "", "Amina Diallo", at(1));
            assertThat(history.changedPaths(one, Revision.WORKING))
                    .containsExactly(new PathChange("clauses/a.json", MODIFIED));
        }
    }

    /** The folder compared with the latest version lists the project files git status lists, whatever was done to it. */
    @Test
    void theFolderComparesAsGitStatusDoesWhateverIsDoneToIt() throws Exception {
        Random random = new Random(20261202L);
        write(folder, "project.json", "{}\n");
        for (int i = 0; i < 20; i++) {
            write(folder, clause(i), "clause " + i + "\n");
        }
        try (VersionHistory history = VersionHistory.open(folder); Git git = Git.open(folder.toFile())) {
            for (int step = 0; step < 30; step++) {
                Version latest = history.record("V" + step, "", "Amina Diallo", at(step));
                for (int n = random.nextInt(4); n >= 0; n--) {
                    Path file = folder.resolve(clause(random.nextInt(25)));
                    switch (random.nextInt(5)) {
                        case 0 -> Files.deleteIfExists(file);
                        case 1 -> write(folder, folder.relativize(file).toString(), "clause x\n");
                        case 2 -> {
                            // same size, same moment: only the content tells
                            if (Files.exists(file)) {
                                byte[] content = Files.readAllBytes(file);
                                content[0] ^= 0x20;
                                Files.write(file, content);
                            }
                        }
                        case 3 -> write(folder, "notes/.draft-" + step + ".json.tmp", "scratch");
                        default -> write(folder, "annotations/" + file.getFileName(), "t" + step + "\n");
                    }
                }
                if (random.nextInt(5) == 0) {
                    write(folder, ".gitignore", ".clausewright.lock\n*.tmp\nannotations/\n");
                }
                Status status = git.status().call();
                Set<String> expected = new TreeSet<>();
                for (Set<String> paths : List.of(status.getModified(), status.getMissing(), status.getUntracked(),
                        status.getChanged(), status.getAdded(), status.getRemoved())) {
                    paths.stream().filter(VersionedPaths::isDraftFile).forEach(expected::add);
                }
                assertThat(history.changedPaths(latest, Revision.WORKING)).extracting(PathChange::path)
                        .as("after step " + step).containsExactlyElementsOf(expected);
            }
        }
    }

    private static String clause(int i) {
        return "clauses/c-" + String.format("%02d", i) + ".json";
    }
}
