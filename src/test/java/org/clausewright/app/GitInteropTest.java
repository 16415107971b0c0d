package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.Programs;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A member who works with the git command line: clone, edit by hand, commit, push, pull. */
class GitInteropTest {
    @TempDir
    Path temp;

    private String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Programs.git().toString()));
        command.addAll(List.of(args));
        return Programs.run(dir, command, Map.of("HOME", temp.resolve("git-home").toString(),
                "GIT_AUTHOR_NAME", "Li Wei", "GIT_AUTHOR_EMAIL", "li@example.org",
                "GIT_COMMITTER_NAME", "Li Wei", "GIT_COMMITTER_EMAIL", "li@example.org"));
    }

    @Test
    void aCommitMadeAndPushedWithGitSyncsInAndClausewrightsVersionsReachGit() throws Exception {
        Files.createDirectories(temp.resolve("git-home"));
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", bare.toString());
        Sites.sync(chair, Sites.access(temp.resolve("home")));

        Path member = temp.resolve("member");
        git(null, "clone", "--quiet", bare.toString(), member.toString());
        Path clause = member.resolve(Sites.CLAUSE);
        Files.writeString(clause, Files.readString(clause).replace("smallest number", "fewest"));
        git(member, "commit", "--quiet", "-am", "Fewer animals, by hand");
        git(member, "push", "--quiet", "origin", "main");

        SyncReport in = Sites.sync(chair, Sites.access(temp.resolve("home")));
        assertThat(in.received()).singleElement().satisfies(v -> {
            assertThat(v.author()).isEqualTo("Li Wei");
            assertThat(v.label()).isEqualTo("Fewer animals, by hand");
        });
        assertThat(Sites.clause(chair)).contains("fewest");
        assertThat(ProjectReader.read(new ProjectFolder(chair)).problems()).isEmpty();
        assertThat(git(chair, "status", "--porcelain")).isEmpty();

        Sites.editAndRecord(chair, "lasting harm", "lasting suffering", "Chair");
        Files.writeString(member.resolve("clauses/biosecurity-education.json"),
                Files.readString(member.resolve("clauses/biosecurity-education.json")).replace("\"heading\": \"",
                        "\"heading\": \"Teaching: "));
        git(member, "commit", "--quiet", "-am", "Heading, by hand");
        git(member, "push", "--quiet", "origin", "main");
        SyncReport merged = Sites.sync(chair, Sites.access(temp.resolve("home")));
        assertThat(merged.merge()).isPresent();

        git(member, "pull", "--quiet", "--ff-only", "origin", "main");
        assertThat(Files.readString(member.resolve(Sites.CLAUSE))).contains("lasting suffering").contains("fewest");
        assertThat(git(member, "log", "--format=%an %s", "-1")).startsWith("Sync tester Sync with origin:");
        assertThat(git(member, "log", "--format=%p", "-1").strip().split(" ")).hasSize(2);
        BareRepositories.fsck(bare);
        BareRepositories.fsck(chair.resolve(".git"));
        BareRepositories.fsck(member.resolve(".git"));
    }
}
