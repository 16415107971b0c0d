package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge of another site's versions: recorded with both parents, and each change credited to who made it. */
class MergeVersionTest {
    private static final List<String> WATCHED = List.of("outline.json", "clauses");

    @TempDir
    Path folder;

    private Version base;
    private Version theirs;
    private Version ours;

    /**
     * Base (Amina); another site's version made on it (Li: b, d); this site's version made on it too
     * (Kwame: a, d, e). The folder is left as this site's version.
     */
    private void twoLinesOfWork(VersionHistory history) throws Exception {
        write(folder, "outline.json", "o0\n");
        for (String c : List.of("a", "b", "c", "d", "e")) {
            write(folder, "clauses/" + c + ".json", c + "0\n");
        }
        base = history.record("Base", "", "Amina", at(0));
        write(folder, "clauses/b.json", "b from Li\n");
        write(folder, "clauses/d.json", "d from Li\n");
        theirs = history.record("Theirs", "", "Li", at(1));
        GitProgram git = GitProgram.in(folder);
        git.run("update-ref", "refs/remotes/origin/main", theirs.id());
        git.run("reset", "-q", "--hard", base.id());
        write(folder, "clauses/a.json", "a from Kwame\n");
        write(folder, "clauses/d.json", "d from Kwame\n");
        write(folder, "clauses/e.json", "e from Kwame\n");
        ours = history.record("Ours", "", "Kwame", at(2));
    }

    /** The merged folder: a from ours, b from theirs, c changed by the merge, d as theirs, e back as at base. */
    private Version merge(VersionHistory history) throws Exception {
        write(folder, "clauses/b.json", "b from Li\n");
        write(folder, "clauses/c.json", "c merged by Ingrid\n");
        write(folder, "clauses/d.json", "d from Li\n");
        write(folder, "clauses/e.json", "e0\n");
        return history.recordMerge(ObjectId.fromString(theirs.id()), "Sync with origin", "2 clauses from Li",
                "Ingrid", at(3));
    }

    @Test
    void aMergeIsRecordedWithBothParentsAsGitReadsThem() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            twoLinesOfWork(history);
            Version merge = merge(history);

            assertThat(merge.parents()).containsExactly(ours.id(), theirs.id());
            assertThat(merge.merge()).isTrue();
            String commit = GitProgram.in(folder).run("cat-file", "-p", merge.id());
            assertThat(commit.lines().filter(line -> line.startsWith("parent ")))
                    .containsExactly("parent " + ours.id(), "parent " + theirs.id());
            assertThat(GitProgram.in(folder).run("rev-parse", "HEAD").strip()).isEqualTo(merge.id());
            assertThat(history.log()).extracting(Version::label)
                    .containsExactly("Sync with origin", "Ours", "Theirs", "Base");
            assertThat(history.log().get(0)).isEqualTo(merge);
            assertThat(GitProgram.in(folder).run("status", "--porcelain")).isEmpty();
            GitProgram.in(folder).run("fsck", "--strict");
        }
    }

    /** The export's stamp names the latest version: the one the folder is on, whatever the sites' clocks said. */
    @Test
    void theLatestVersionIsTheOneTheFolderIsOnEvenWhenAnotherSiteRecordedLater() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            twoLinesOfWork(history);
            write(folder, "clauses/b.json", "b from Li\n");
            // this site's clock is behind the other site's: the merge says it was made before their version
            Version merge = history.recordMerge(ObjectId.fromString(theirs.id()), "Sync", "", "Ingrid", at(0));
            history.markMilestone(merge, "Circulated draft 1", "Ingrid", at(4));
        }
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version latest = history.latest().orElseThrow();
            assertThat(latest.label()).isEqualTo("Sync");
            assertThat(latest.milestones()).containsExactly("Circulated draft 1");
            assertThat(latest).isEqualTo(history.log().get(0));
            assertThat(history.changedPaths(latest, Revision.WORKING)).isEmpty();
        }
    }

    @Test
    void eachChangeIsCreditedToTheVersionThatMadeItAlongTheParentEdges() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            twoLinesOfWork(history);
            Version merge = merge(history);

            assertThat(history.changeOrigins(base, merge, WATCHED)).containsExactly(
                    Map.entry("clauses/a.json", Optional.of(ours)),
                    Map.entry("clauses/b.json", Optional.of(theirs)),
                    Map.entry("clauses/c.json", Optional.of(merge)),
                    Map.entry("clauses/d.json", Optional.of(theirs)));
            // from this site's version: e differs, but the merge took it unchanged from the other side, where
            // nobody since Base changed it
            assertThat(history.changeOrigins(ours, merge, WATCHED)).containsExactly(
                    Map.entry("clauses/b.json", Optional.of(theirs)),
                    Map.entry("clauses/c.json", Optional.of(merge)),
                    Map.entry("clauses/d.json", Optional.of(theirs)),
                    Map.entry("clauses/e.json", Optional.empty()));
        }
    }

    @Test
    void aMergeKilledAfterItsFilesWereWrittenIsFinishedWithBothParents() throws Exception {
        Version checkpoint;
        try (VersionHistory history = VersionHistory.open(folder)) {
            twoLinesOfWork(history);
            checkpoint = history.recordCheckpoint(
                    new CheckpointReason(CheckpointReason.RESTORE_DRAFT, "", "Working draft 1"),
                    "Checkpoint before sync", "", "Ingrid", at(3));
            history.announceMerge(checkpoint, ObjectId.fromString(theirs.id()), "the sync with origin",
                    Map.of("clauses/b.json", Optional.of("b from Li\n".getBytes())), "Sync with origin", "",
                    "Ingrid", at(4));
            write(folder, "clauses/b.json", "b from Li\n");
            // killed here
        }
        try (VersionHistory history = VersionHistory.open(folder)) {
            PendingVersion pending = history.pending().orElseThrow();
            assertThat(pending.merge()).contains(theirs.id());
            assertThat(history.recorded(pending)).isEmpty();
            assertThat(history.rollForward(pending)).isEmpty();
            Version merge = history.record(pending);
            history.clear(pending);
            assertThat(merge.parents()).containsExactly(checkpoint.id(), theirs.id());
            assertThat(history.recorded(pending)).contains(merge);
        }
    }

    @Test
    void aVersionAlreadyInTheHistoryOrNotFetchedIsNotMerged() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            twoLinesOfWork(history);
            assertThatThrownBy(() -> history.recordMerge(ObjectId.fromString(base.id()), "Sync", "", "Ingrid", at(3)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("already part of this project's history");
            ObjectId unknown = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
            assertThatThrownBy(() -> history.recordMerge(unknown, "Sync", "", "Ingrid", at(3)))
                    .isInstanceOf(HistoryException.class).hasMessageContaining("fetch it first");
            assertThat(history.log().get(0)).isEqualTo(ours);
        }
    }
}
