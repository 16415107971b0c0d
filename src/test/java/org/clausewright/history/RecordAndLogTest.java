package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.text;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewright.store.ProjectFiles;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordAndLogTest {
    @TempDir
    Path folder;

    @Test
    void aNewProjectHasNoVersionsAndKeepsLockAndTempFilesOut() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            assertThat(history.log()).isEmpty();
            assertThat(history.latest()).isEmpty();
        }
        assertThat(Files.readAllLines(folder.resolve(".gitignore"))).contains(".clausewright.lock", "*.tmp");
    }

    @Test
    void logListsVersionsNewestFirstWithLabelMessageAuthorAndTime() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version first = history.record("Working draft 1", "First full text.", "Amina Diallo", at(0));
            write(folder, "project.json", "{\"title\": 1}\n");
            Version second = history.record("Working draft 2", "", "Li Wei", at(5));

            assertThat(history.log()).containsExactly(second, first);
            assertThat(first.label()).isEqualTo("Working draft 1");
            assertThat(first.message()).isEqualTo("First full text.");
            assertThat(first.author()).isEqualTo("Amina Diallo");
            assertThat(first.time()).isEqualTo(at(0));
            assertThat(first.checkpoint()).isFalse();
            assertThat(second.message()).isEmpty();
            assertThat(first.id()).hasSize(40);
            assertThat(first.shortId()).hasSize(10).isEqualTo(first.id().substring(0, 10));
        }
        assertThat(ProjectFolder.rawMessage(folder, VersionHistory.open(folder).log().get(1)))
                .isEqualTo("Working draft 1\n\nFirst full text.\n");
    }

    @Test
    void versionsWithTheSameTimeStayInTheOrderTheyWereRecorded() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version a = history.record("A", "", "Amina Diallo", at(0));
            Version b = history.record("B", "", "Amina Diallo", at(0));
            Version c = history.record("C", "", "Amina Diallo", at(0));
            assertThat(history.log()).containsExactly(c, b, a);
        }
    }

    @Test
    void anEditedANewAndADeletedFileAreAllInTheNextVersion() throws Exception {
        write(folder, "clauses/a.json", "a1\n");
        write(folder, "clauses/b.json", "b1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version before = history.record("One", "", "Amina Diallo", at(0));
            write(folder, "clauses/a.json", "a2\n");
            write(folder, "clauses/c.json", "c1\n");
            ProjectFolder.delete(folder, "clauses/b.json");
            Version after = history.record("Two", "", "Amina Diallo", at(1));

            ProjectFiles files = history.files(after);
            assertThat(text(files, "clauses/a.json")).contains("a2\n");
            assertThat(text(files, "clauses/b.json")).isEmpty();
            assertThat(text(files, "clauses/c.json")).contains("c1\n");
            assertThat(files.list("clauses")).containsExactly("clauses/a.json", "clauses/c.json");
            assertThat(history.files(before).list("clauses")).containsExactly("clauses/a.json", "clauses/b.json");
        }
    }

    @Test
    void filesOfAVersionStillReadItsContentAfterTheFolderChanged() throws Exception {
        write(folder, "outline.json", "old\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version version = history.record("Old", "", "Amina Diallo", at(0));
            write(folder, "outline.json", "new\n");
            assertThat(text(history.files(version), "outline.json")).contains("old\n");
            assertThat(text(history.files(Revision.WORKING), "outline.json")).contains("new\n");
            assertThat(history.files(version).list("")).containsExactly("outline.json");
        }
    }

    @Test
    void recordingWithoutChangesStillRecordsALabelledVersion() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("Working draft 3", "", "Amina Diallo", at(0));
            history.record("Circulated to delegations", "", "Amina Diallo", at(1));
            assertThat(history.log()).extracting(Version::label)
                    .containsExactly("Circulated to delegations", "Working draft 3");
        }
    }

    @Test
    void lockAndTemporaryFilesNeverEnterAVersionEvenWithoutGitignore() throws Exception {
        write(folder, "project.json", "{}\n");
        write(folder, ".clausewright.lock", "Amina Diallo\n");
        write(folder, "clauses/.a.json.1f2e.tmp", "half written");
        write(folder, "clauses/a.json", "a\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            write(folder, ".gitignore", "");
            Version version = history.record("One", "", "Amina Diallo", at(0));
            assertThat(ProjectFolder.rawPaths(folder, version))
                    .containsExactlyInAnyOrder(".gitignore", "clauses/a.json", "project.json");
            assertThat(history.files(Revision.WORKING).list("clauses")).containsExactly("clauses/a.json");
            assertThat(history.files(Revision.WORKING).read(".clausewright.lock")).isEmpty();
        }
    }

    @Test
    void aVersionedFileStaysInTheNextVersionsWhenAMembersIgnoreRuleStartsToMatchIt() throws Exception {
        write(folder, "project.json", "{}\n");
        write(folder, "annotations/a.json", "t1\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version one = history.record("One", "", "Amina Diallo", at(0));
            write(folder, ".gitignore", ".clausewright.lock\n*.tmp\nannotations/\nnotes/\n");
            write(folder, "notes/todo.json", "{}\n");
            assertThat(history.changedPaths(one, Revision.WORKING)).isEmpty();

            Version two = history.record("Two", "", "Amina Diallo", at(1));
            assertThat(ProjectFolder.rawPaths(folder, two))
                    .containsExactlyInAnyOrder(".gitignore", "annotations/a.json", "project.json");
            write(folder, "annotations/a.json", "t2\n");
            assertThat(history.changedPaths(two, Revision.WORKING))
                    .containsExactly(new PathChange("annotations/a.json", PathChange.Kind.MODIFIED));
            Version three = history.record("Three", "", "Amina Diallo", at(2));
            assertThat(text(history.files(three), "annotations/a.json")).contains("t2\n");
        }
    }

    @Test
    void aCheckpointIsMarkedAndItsTrailerIsNotPartOfTheMessage() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version checkpoint = history.recordCheckpoint(
                    new CheckpointReason(CheckpointReason.IMPORT_REVIEW, "review.docx", ""),
                    "Checkpoint before importing review.docx", "Automatic.", "Li Wei", at(0));
            assertThat(checkpoint.checkpoint()).isTrue();
            assertThat(checkpoint.message()).isEqualTo("Automatic.");
            // older Clausewrights know a checkpoint by its first trailer; the reason follows in the same block
            assertThat(ProjectFolder.rawMessage(folder, checkpoint)).endsWith("\n\nClausewright-Checkpoint: true\n"
                    + "Clausewright-Checkpoint-Before: import-review\nClausewright-Checkpoint-Subject: review.docx\n");
            assertThat(history.log().get(0).reason())
                    .contains(new CheckpointReason(CheckpointReason.IMPORT_REVIEW, "review.docx", ""));
        }
    }

    @Test
    void aVersionNeedsALabelAndAnAuthor() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            assertThatThrownBy(() -> history.record(" ", "", "Amina Diallo", at(0)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("label");
            assertThatThrownBy(() -> history.record("Draft", "", "", at(0)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("name of the member");
            assertThat(history.log()).isEmpty();
        }
    }

    @Test
    void aMissingFolderIsReportedNotCreated() {
        Path missing = folder.resolve("no-such-project");
        assertThatThrownBy(() -> VersionHistory.open(missing))
                .isInstanceOf(HistoryException.class).hasMessageContaining("does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aProjectInsideAnotherRepositoryGetsItsOwnHistory() throws Exception {
        Path project = folder.resolve("model-code");
        Files.createDirectories(project);
        try (Git outer = Git.init().setDirectory(folder.toFile()).call()) {
            write(project, "project.json", "{}\n");
            try (VersionHistory history = VersionHistory.open(project)) {
                history.record("One", "", "Amina Diallo", at(0));
            }
            assertThat(project.resolve(".git")).isDirectory();
            assertThat(outer.getRepository().resolve("HEAD")).isNull();
        }
    }

    @Test
    void milestonesAppearInTheLogAndNameAVersion() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version version = history.record("Working draft 4", "", "Amina Diallo", at(0));
            Version marked = history.markMilestone(version, "Circulated to delegations, May", "Amina Diallo", at(1));

            assertThat(marked.milestones()).containsExactly("Circulated to delegations, May");
            assertThat(history.log().get(0).milestones()).containsExactly("Circulated to delegations, May");
            assertThat(history.resolve("Circulated to delegations, May")).isEqualTo(marked);
            assertThatThrownBy(() -> history.markMilestone(version, "Circulated to delegations, May", "Li Wei", at(2)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("already exists");
        }
    }
}
