package org.clausewright.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.history.ProjectFolder.at;
import static org.clausewright.history.ProjectFolder.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packing the history on git's rule for {@code git gc --auto}, and what the git command line sees afterwards. git
 * (and JGit) estimate the loose objects from the folder objects/17 alone: with {@code gc.auto} set to 1 the rule
 * is met by three loose objects there, so the tests write files whose contents land there.
 */
class PackIfDueTest {
    @TempDir
    Path folder;

    @Test
    void aHistoryWithFewLooseObjectsIsLeftLoose() throws Exception {
        write(folder, "project.json", "{}\n");
        try (VersionHistory history = VersionHistory.open(folder)) {
            history.record("Working draft 1", "", "Amina Diallo", at(0));
            assertThat(history.packIfDue()).isFalse();
        }
        assertThat(GitProgram.in(folder).run("count-objects", "-v")).contains("in-pack: 0").contains("packs: 0");
    }

    @Test
    void aHistoryPastGitsLimitIsPackedAndReadAsBeforeByGitAndByClausewright() throws Exception {
        write(folder, "project.json", "{}\n");
        List<String> files = filesInObjects17(folder, 0, 3);
        Version version;
        try (VersionHistory history = VersionHistory.open(folder)) {
            GitProgram.in(folder).run("config", "gc.auto", "1");
            version = history.record("Working draft 1", "", "Amina Diallo", at(0));
            assertThat(history.packIfDue()).isTrue();
            for (String file : files) {
                assertThat(history.files(version).read(file)).hasValueSatisfying(bytes ->
                        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"n\": "));
            }
            assertThat(history.log()).containsExactly(version);
        }
        GitProgram git = GitProgram.in(folder);
        // every object is in the pack and no loose copy is left
        assertThat(git.run("count-objects", "-v")).contains("count: 0").contains("packs: 1");
        git.run("fsck", "--full", "--strict");
        assertThat(git.run("log", "--format=%H %s")).isEqualTo(version.id() + " Working draft 1\n");
        assertThat(git.run("status", "--porcelain")).isEmpty();
    }

    @Test
    void aHistoryTheGitCommandLinePackedIsPackedAgainWithItsNewVersions() throws Exception {
        write(folder, "project.json", "{}\n");
        GitProgram git = GitProgram.in(folder);
        Version first;
        Version second;
        try (VersionHistory history = VersionHistory.open(folder)) {
            first = history.record("Working draft 1", "", "Amina Diallo", at(0));
            git.run("gc", "-q");
            filesInObjects17(folder, 1000, 3);
            second = history.record("Working draft 2", "", "Li Wei", at(5));
            git.run("config", "gc.auto", "1");
            assertThat(history.packIfDue()).isTrue();
            assertThat(history.log()).containsExactly(second, first);
            assertThat(history.changedPaths(first, second)).hasSize(3);
        }
        assertThat(git.run("count-objects", "-v")).contains("count: 0");
        git.run("fsck", "--full", "--strict");
        assertThat(git.run("log", "--format=%s")).isEqualTo("Working draft 2\nWorking draft 1\n");
    }

    /** Writes {@code count} clause files whose contents are stored in objects/17; returns their paths. */
    private static List<String> filesInObjects17(Path folder, int from, int count) {
        List<String> paths = new ArrayList<>();
        ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
        for (int n = from; paths.size() < count; n++) {
            String content = "{\"n\": " + n + "}\n";
            if (ids.idFor(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8)).name().startsWith("17")) {
                String path = "clauses/c" + n + ".json";
                write(folder, path, content);
                paths.add(path);
            }
        }
        return paths;
    }
}
