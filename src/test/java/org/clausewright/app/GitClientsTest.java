package org.clausewright.app;

import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.docx.Baseline;
import org.clausewright.docx.CommentScope;
import org.clausewright.history.GitProgram;
import org.clausewright.history.Revision;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.app.bench.SyntheticProject.clauseId;

/**
 * A project cloned with the git command line into a repository with {@code core.autocrlf=true} and
 * {@code * text=auto}, edited by hand and committed with git on two branches, merged with {@code git merge}:
 * Clausewright opens it, lists git's versions with their authors, compares and credits each change to the member
 * who made it, and records on top a version that git finds sound, without every file showing as modified.
 */
class GitClientsTest {
    @TempDir
    Path tmp;

    @Test
    void aProjectCommittedAndMergedWithTheGitCommandLineOpensComparesExportsAndRecords() throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Project project = new SyntheticProject(5).generate(2, 12, 6);
        new ProjectWriter(new ProjectFolder(site)).writeAll(project);
        Version base;
        try (VersionHistory history = VersionHistory.open(site)) {
            base = history.record("Base", "", "Amina Diallo", Instant.parse("2026-03-01T09:00:00Z"));
        }
        GitProgram.in(tmp).run("clone", "-q", "--bare", site.toString(), "shared.git");
        GitProgram.in(tmp).run("clone", "-q", "-c", "core.autocrlf=true", "shared.git", "member");
        Path member = tmp.resolve("member");
        GitProgram git = GitProgram.in(member);
        Files.writeString(member.resolve(".gitattributes"), "* text=auto\n");
        git.run("add", ".gitattributes");
        git.commitAs("Li Wei", "Line ends as git decides");
        assertThat(Files.readString(member.resolve("clauses/" + clauseId(3) + ".json"))).contains("\r\n");

        git.run("checkout", "-q", "-b", "li");
        editByHand(member, 3, "Li's words.");
        git.run("add", "-A");
        git.commitAs("Li Wei", "Li's wording of clause 3");
        git.run("checkout", "-q", "main");
        editByHand(member, 5, "Kwame's words.");
        git.run("add", "-A");
        git.commitAs("Kwame Mensah", "Kwame's wording of clause 5");
        git.runAs("Ingrid Solberg", "merge", "-q", "--no-ff", "--no-commit", "li");
        editByHand(member, 7, "Ingrid's words while merging.");
        git.run("add", "-A");
        git.commitAs("Ingrid Solberg", "Merge Li's wording");
        String merge = git.run("rev-parse", "HEAD").strip();

        List<Version> log = Versions.log(member);
        assertThat(log).extracting(Version::author).containsExactlyInAnyOrder("Ingrid Solberg", "Kwame Mensah",
                "Li Wei", "Li Wei", "Amina Diallo");
        assertThat(log.get(0).id()).isEqualTo(merge);
        assertThat(log.get(0).parents()).hasSize(2);
        assertThat(log.get(log.size() - 1)).isEqualTo(base);

        VersionComparison comparison = VersionComparison.compare(member, "Base", Revision.WORKING_NAME);
        assertThat(comparison.comparison().clauses()).extracting(c -> c.clauseId())
                .containsExactlyInAnyOrder(clauseId(3), clauseId(5), clauseId(7));

        try (VersionHistory history = VersionHistory.open(member)) {
            // git's CRLF files are what git committed: nothing is unrecorded
            assertThat(history.changedPaths(history.latest().orElseThrow(), Revision.WORKING)).isEmpty();
            ExportSettings settings = new ExportSettings(null, "Base", CommentScope.OPEN, false, false, null, false,
                    Locale.ENGLISH);
            Baseline baseline = Export.request(history, settings, "Tester", Instant.now()).baseline();
            assertThat(baseline.authorOf(clauseId(3)).name()).isEqualTo("Li Wei");
            assertThat(baseline.authorOf(clauseId(5)).name()).isEqualTo("Kwame Mensah");
            assertThat(baseline.authorOf(clauseId(7)).name()).isEqualTo("Ingrid Solberg");
        }
        Export.toWord(member, tmp.resolve("out/draft.docx"), new ExportSettings(null, "Base", CommentScope.ALL,
                true, true, null, true, Locale.ENGLISH), "Tester");

        Version recorded;
        try (ProjectSession session = ProjectSession.open(member, "Amina Diallo")) {
            Clause nine = session.project().clause(clauseId(9)).orElseThrow();
            assertThat(session.project().clause(clauseId(3)).orElseThrow().text()).startsWith("Li's words.");
            session.update(session.project().withClause(nine.withText("Amina's words. " + nine.text())));
            session.save();
            recorded = session.record("Working draft 2", "", "Amina Diallo");
        }
        assertThat(recorded.parents()).containsExactly(merge);
        git.run("fsck", "--strict", "--no-progress");
        assertThat(git.run("status", "--porcelain")).isEmpty();
        assertThat(git.run("diff", "--name-only", merge, "HEAD").lines())
                .containsExactly("clauses/" + clauseId(9) + ".json");
        assertThat(git.run("log", "-1", "--format=%an %P")).isEqualTo("Amina Diallo " + merge + "\n");
    }

    /** What a member does in a text editor: new words at the start of the clause's first paragraph. */
    private static void editByHand(Path folder, int clause, String words) throws Exception {
        Path file = folder.resolve("clauses/" + clauseId(clause) + ".json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String edited = text.replaceFirst("(\"text\": \\[\\s*\")", "$1" + words + " ");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(file, edited, StandardCharsets.UTF_8);
    }
}
