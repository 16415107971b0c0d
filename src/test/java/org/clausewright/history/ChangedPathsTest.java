package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.PathChange.Kind.ADDED;
import static org.clausewright.history.PathChange.Kind.DELETED;
import static org.clausewright.history.PathChange.Kind.MODIFIED;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Path;
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
}
