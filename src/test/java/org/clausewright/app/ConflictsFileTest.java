package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeSide;
import org.clausewright.model.Delegation;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The waiting conflicts kept in .git/clausewright/conflicts.json, with other writers' entries and keys kept. */
class ConflictsFileTest {
    private static final MergeSide OSLO = new MergeSide("Ingrid Solberg", "nor", "origin");

    @TempDir
    Path dir;

    @Test
    void aRecordConflictIsReadBackWholeAndOtherWritersEntriesAndKeysStay() throws Exception {
        Git.init().setDirectory(dir.toFile()).call().close();
        ConflictsFile file = ConflictsFile.of(dir);
        MergeConflict record = MergeConflict.ofRecords(new Delegation("ald", "Aldoria", "ALD", "A"),
                new Delegation("ald", "Aldoria here", "ALD", "A"), new Delegation("ald", "Aldoria there", "AL", "B"));
        MergeConflict heading = new MergeConflict(MergeConflict.Kind.CLAUSE_FIELD, "c-1", "heading", "Before",
                "Ours", "Theirs", MergeConflict.Side.OURS);
        file.update(List.of(new ConflictsFile.Waiting(record, OSLO), new ConflictsFile.Waiting(heading, OSLO)),
                Set.of());
        Path path = dir.resolve(".git/clausewright/conflicts.json");
        // a newer writer adds a key of its own and an entry of a kind this version does not know
        String json = Files.readString(path).replaceFirst("\\{", "{\n  \"newerKey\": [1, 2],")
                .replace("\"conflicts\" : [", "\"conflicts\" : [ {\"kind\": \"newer_kind\", \"id\": \"x\"},")
                .replace("\"conflicts\": [", "\"conflicts\": [ {\"kind\": \"newer_kind\", \"id\": \"x\"},");
        assertThat(json).contains("newer_kind");
        Files.writeString(path, json);

        ConflictsFile.Contents read = file.read();
        assertThat(read.waiting()).extracting(ConflictsFile.Waiting::conflict).containsExactly(record, heading);
        assertThat(read.waiting().get(0).from()).isEqualTo(OSLO);
        assertThat(read.problems()).singleElement().asString().contains("conflict 1")
                .contains("\"newer_kind\"").contains("kept in the file");

        file.update(List.of(), Set.of(heading));

        String after = Files.readString(path);
        assertThat(after).contains("newerKey").contains("newer_kind").contains("Aldoria there")
                .doesNotContain("Theirs");
        assertThat(file.read().waiting()).extracting(ConflictsFile.Waiting::conflict).containsExactly(record);
    }

    @Test
    void frameworkConflictsAreReadBackWithTheElementsEachSiteHad() throws Exception {
        Git.init().setDirectory(dir.toFile()).call().close();
        ConflictsFile file = ConflictsFile.of(dir);
        var base = new org.clausewright.model.FrameworkElement("2", "2", "Laws and norms", "");
        var changed = new org.clausewright.model.FrameworkElement("2", "2", "Laws and norms", "Know the law.");
        MergeConflict element = MergeConflict.ofElements("tianjin-2021", base, null, changed, "1");
        MergeConflict title = new MergeConflict(MergeConflict.Kind.FRAMEWORK, "tianjin-2021/3", "title", "Before",
                "Ours", "Theirs", MergeConflict.Side.OURS);
        file.update(List.of(new ConflictsFile.Waiting(element, OSLO), new ConflictsFile.Waiting(title, OSLO)),
                Set.of());

        assertThat(file.read().waiting()).extracting(ConflictsFile.Waiting::conflict)
                .containsExactly(element, title);
        assertThat(file.read().problems()).isEmpty();
    }

    @Test
    void aFrameworkOneSiteRemovedIsReadBackWholeSoThatChoosingToKeepItCanPutItBack() throws Exception {
        Git.init().setDirectory(dir.toFile()).call().close();
        ConflictsFile file = ConflictsFile.of(dir);
        var one = new org.clausewright.model.FrameworkElement("1", "1", "Ethical standards", "Know them.");
        var base = new org.clausewright.model.Framework("tianjin-2021", "Tianjin Guidelines", "TG", "biology", 2021,
                "", "", "", "", List.of(one), null);
        var edited = new org.clausewright.model.Framework("tianjin-2021", "Tianjin Guidelines (edited)", "TG",
                "biology", 2021, "Tianjin University", "", "https://example.org", "", List.of(one), null);
        MergeConflict removedHere = MergeConflict.ofFramework(base, null, edited);
        file.update(List.of(new ConflictsFile.Waiting(removedHere, OSLO)), Set.of());

        MergeConflict read = file.read().waiting().get(0).conflict();
        assertThat(read.kept()).isEqualTo(edited);
        assertThat(read).isEqualTo(removedHere);
        // settled by the conflict the merge listed, as the window does in the session that synced
        file.update(List.of(), Set.of(removedHere));
        assertThat(file.read().waiting()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsAnErrorNamingItsLineAndItIsLeftAsItIs() throws Exception {
        Git.init().setDirectory(dir.toFile()).call().close();
        Path path = dir.resolve(".git/clausewright/conflicts.json");
        Files.createDirectories(path.getParent());
        Files.writeString(path, "{\n  \"conflicts\": [\n    {\"kind\": \"status\",,}\n  ]\n}\n");
        ConflictsFile file = ConflictsFile.of(dir);

        assertThatThrownBy(file::read).hasMessageContaining("conflicts.json:3:")
                .hasMessageContaining("mended, or deleted");
        assertThatThrownBy(() -> file.update(List.of(), Set.of(new MergeConflict(MergeConflict.Kind.STATUS, "c",
                "status", "", "", "", MergeConflict.Side.OURS)))).hasMessageContaining("conflicts.json:3:");
        assertThat(Files.readString(path)).contains(",,");
    }
}
