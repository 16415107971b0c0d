package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.text;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
    @TempDir
    Path root;

    @Test
    void restoringAClauseBringsBackItsOldBytesAndTheCheckpointKeepsTheNewOnes() throws Exception {
        Path folder = root.resolve("p");
        write(folder, "clauses/duty.json", "old text\n");
        write(folder, "clauses/other.json", "other 1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version old = history.record("Working draft 1", "", "Amina Diallo", at(0));
            write(folder, "clauses/duty.json", "new text\n");
            write(folder, "annotations/duty.json", "threads\n");
            write(folder, "clauses/other.json", "other 2\n");

            Version checkpoint = history.restoreClause(old, "duty", "Li Wei", at(5));

            assertThat(text(folder, "clauses/duty.json")).isEqualTo("old text\n");
            assertThat(folder.resolve("annotations/duty.json")).doesNotExist();
            assertThat(text(folder, "clauses/other.json")).isEqualTo("other 2\n");
            assertThat(checkpoint.checkpoint()).isTrue();
            assertThat(checkpoint.author()).isEqualTo("Li Wei");
            assertThat(checkpoint.label()).startsWith("Checkpoint before restoring clause duty");
            assertThat(text(history.files(checkpoint), "clauses/duty.json")).contains("new text\n");
            assertThat(text(history.files(checkpoint), "annotations/duty.json")).contains("threads\n");
            assertThat(history.log().get(0)).isEqualTo(checkpoint);

            history.restoreClause(checkpoint, "duty", "Li Wei", at(6));
            assertThat(text(folder, "clauses/duty.json")).isEqualTo("new text\n");
            assertThat(text(folder, "annotations/duty.json")).isEqualTo("threads\n");
        }
    }

    @Test
    void restoringTheDraftDeletesFilesTheVersionLackedAndTheCheckpointBringsThemBack() throws Exception {
        Path folder = root.resolve("p");
        write(folder, "project.json", "p1\n");
        write(folder, "outline.json", "o1\n");
        write(folder, "clauses/a.json", "a1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version old = history.record("Working draft 1", "", "Amina Diallo", at(0));
            write(folder, "outline.json", "o2\n");
            write(folder, "clauses/b.json", "b1\n");
            write(folder, "annotations/b.json", "tb\n");
            ProjectFolder.delete(folder, "clauses/a.json");
            write(folder, "notes.txt", "a member's own notes\n");

            Version checkpoint = history.restoreDraft(old, "Li Wei", at(5));

            assertThat(text(folder, "outline.json")).isEqualTo("o1\n");
            assertThat(text(folder, "clauses/a.json")).isEqualTo("a1\n");
            assertThat(folder.resolve("clauses/b.json")).doesNotExist();
            assertThat(folder.resolve("annotations/b.json")).doesNotExist();
            assertThat(text(folder, "notes.txt")).isEqualTo("a member's own notes\n");
            // a member's own file is not part of the project: it is kept, and it is no unrecorded change
            assertThat(history.changedPaths(old, Revision.WORKING)).isEmpty();

            history.restoreDraft(checkpoint, "Li Wei", at(6));
            assertThat(text(folder, "clauses/b.json")).isEqualTo("b1\n");
            assertThat(text(folder, "annotations/b.json")).isEqualTo("tb\n");
            assertThat(text(folder, "outline.json")).isEqualTo("o2\n");
            assertThat(folder.resolve("clauses/a.json")).doesNotExist();
        }
    }

    @Test
    void restoringFilesWritesTheVersionsBytes() throws Exception {
        Path folder = root.resolve("p");
        write(folder, "project.json", "p1\n");
        write(folder, "outline.json", "o1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version old = history.record("One", "", "Amina Diallo", at(0));
            write(folder, "project.json", "p2\n");
            write(folder, "outline.json", "o2\n");
            history.restoreFiles(old, List.of("outline.json"), "Li Wei", at(1));
            assertThat(text(folder, "outline.json")).isEqualTo("o1\n");
            assertThat(text(folder, "project.json")).isEqualTo("p2\n");
        }
    }

    @Test
    void anUnsafeIdOrPathIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = root.resolve("a/b/p");
        write(folder, "clauses/a.json", "a1\n");
        write(root, "a/clauses/evil.json", "outside\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version old = history.record("One", "", "Amina Diallo", at(0));

            assertThatThrownBy(() -> history.restoreClause(old, "../../evil", "Li Wei", at(1)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("\"../../evil\" is not allowed");
            assertThatThrownBy(() -> history.restoreFiles(old, List.of("../../clauses/evil.json"), "Li Wei", at(1)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("is not a project file");
            assertThat(text(root, "a/clauses/evil.json")).isEqualTo("outside\n");
            assertThat(history.log()).containsExactly(old);
        }
    }

    @Test
    void aClauseTheVersionDidNotHaveIsNotRestoredAsADeletion() throws Exception {
        Path folder = root.resolve("p");
        write(folder, "clauses/a.json", "a1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version old = history.record("One", "", "Amina Diallo", at(0));
            write(folder, "clauses/b.json", "b1\n");
            assertThatThrownBy(() -> history.restoreClause(old, "b", "Li Wei", at(1)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("has no clause \"b\"");
            assertThat(text(folder, "clauses/b.json")).isEqualTo("b1\n");
            assertThat(history.log()).containsExactly(old);
        }
    }
}
