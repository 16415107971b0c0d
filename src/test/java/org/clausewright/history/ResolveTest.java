package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveTest {
    @TempDir
    Path folder;

    @Test
    void aVersionIsFoundByItsIdAPrefixOrItsLabel() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            Version version = history.record("Working draft 1", "", "Amina Diallo", at(0));
            history.record("Working draft 2", "", "Amina Diallo", at(1));

            assertThat(history.resolve(version.id())).isEqualTo(version);
            assertThat(history.resolve(version.id().toUpperCase())).isEqualTo(version);
            assertThat(history.resolve(version.shortId())).isEqualTo(version);
            assertThat(history.resolve(version.id().substring(0, 7))).isEqualTo(version);
            assertThat(history.resolve("Working draft 1")).isEqualTo(version);
            assertThat(history.resolve("working")).isEqualTo(Revision.WORKING);
        }
    }

    @Test
    void aLabelUsedTwiceNamesTheNewestVersion() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("Before the meeting", "", "Amina Diallo", at(0));
            Version newest = history.record("Before the meeting", "", "Li Wei", at(1));
            assertThat(history.resolve("Before the meeting")).isEqualTo(newest);
        }
    }

    @Test
    void anUnknownNameIsOneClearSentence() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("Working draft 1", "", "Amina Diallo", at(0));
            assertThatThrownBy(() -> history.resolve("Draft 9"))
                    .isInstanceOf(HistoryException.class)
                    .hasMessage("no version named \"Draft 9\"; `clausewright log " + history.folder()
                            + "` lists them");
            assertThatThrownBy(() -> history.resolve("0000000000000000000000000000000000000000"))
                    .isInstanceOf(HistoryException.class).hasMessageStartingWith("no version named");
            String id = history.log().get(0).id();
            assertThatThrownBy(() -> history.resolve(id.substring(0, 3)))
                    .isInstanceOf(HistoryException.class).hasMessageStartingWith("no version named");
        }
    }

    @Test
    void anAmbiguousPrefixAsksForMoreOfTheId() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("Working draft 1", "", "Amina Diallo", at(0));
            String shared = twoCommitsSharingAPrefix(folder);
            assertThatThrownBy(() -> history.resolve(shared))
                    .isInstanceOf(HistoryException.class)
                    .hasMessageStartingWith("\"" + shared + "\" is the start of 2 version ids; give more of the id");
        }
    }

    @Test
    void anEmptyHistoryNamesNoVersion() throws Exception {
        try (VersionHistory history = VersionHistory.open(folder)) {
            assertThatThrownBy(() -> history.resolve("Working draft 1")).isInstanceOf(HistoryException.class);
            assertThat(history.resolve("working")).isEqualTo(Revision.WORKING);
        }
    }

    /** Writes unreferenced commits until two ids start with the same four digits (about 300 tries). */
    private static String twoCommitsSharingAPrefix(Path folder) throws Exception {
        Map<String, ObjectId> byPrefix = new HashMap<>();
        try (Git git = Git.open(folder.toFile()); ObjectInserter inserter = git.getRepository().newObjectInserter()) {
            ObjectId emptyTree = inserter.insert(Constants.OBJ_TREE, new byte[0]);
            PersonIdent who = new PersonIdent("Test", "", at(0), java.time.ZoneOffset.UTC);
            for (int n = 0; ; n++) {
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(emptyTree);
                commit.setAuthor(who);
                commit.setCommitter(who);
                commit.setMessage("Try " + n + "\n");
                ObjectId id = inserter.insert(commit);
                String prefix = id.name().substring(0, 4);
                if (byPrefix.putIfAbsent(prefix, id) != null) {
                    inserter.flush();
                    return prefix;
                }
            }
        }
    }
}
