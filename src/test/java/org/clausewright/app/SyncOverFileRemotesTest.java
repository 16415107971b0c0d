package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clausewright.command.CommandStack;
import org.clausewright.command.MergeResolution;
import org.clausewright.history.HistoryException;
import org.clausewright.history.MergeReason;
import org.clausewright.history.Version;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.Remotes;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.merge.ConflictState;
import org.clausewright.merge.MergeConflict;
import org.clausewright.model.Delegation;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.servers.BareRepositories;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectReader;
import org.clausewright.ui.Messages;
import org.clausewright.ui.history.VersionNames;
import org.clausewright.servers.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two sites sharing a bare repository on a "shared drive": a plain path and a file:// URL. */
class SyncOverFileRemotesTest {
    @TempDir
    Path temp;

    @Test
    void aChangeRecordedAtOneSiteReachesTheOtherThroughABareRepository() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toString());

        SyncReport first = Sites.sync(chair, access);
        assertThat(first.sent()).hasSize(4);
        assertThat(first.received()).isEmpty();

        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(bare.toUri().toString(), delegation, access, TransferProgress.NONE);
        assertThat(Sites.clause(delegation)).isEqualTo(Sites.clause(chair));
        assertThat(Remotes.list(delegation)).extracting(Remotes.Remote::name).containsExactly("origin");

        Sites.editAndRecord(delegation, "smallest number", "fewest", "Ingrid Solberg");
        SyncReport sent = Sites.sync(delegation, access);
        assertThat(Sites.labels(sent.sent())).containsExactly("Edit by Ingrid Solberg");

        SyncReport received = Sites.sync(chair, access);
        assertThat(received.received()).singleElement().satisfies(v -> assertThat(v.author()).isEqualTo("Ingrid Solberg"));
        assertThat(received.sent()).isEmpty();
        assertThat(Sites.clause(chair)).contains("fewest").doesNotContain("smallest number");
        assertThat(Versions.log(chair).get(0).label()).isEqualTo("Edit by Ingrid Solberg");
        // the folder is exactly the version received: nothing left to record
        assertThat(Sites.sync(chair, access).changedNothing()).isTrue();
        BareRepositories.fsck(bare);
        BareRepositories.fsck(chair.resolve(".git"));
    }

    @Test
    void aBareRepositoryWhoseHeadNamesAnotherBranchIsClonedFromTheBranchSent() throws Exception {
        // `git init --bare` without --initial-branch names "master" (git's default before 3.0): our sync sends "main"
        Path bare = temp.resolve("shared/plain.git");
        Files.createDirectories(bare);
        Programs.run(null, List.of(Programs.git().toString(), "-c", "init.defaultBranch=master", "init", "--quiet",
                "--bare", bare.toString()));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toString());
        Sites.sync(chair, access);

        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(bare.toString(), delegation, access, TransferProgress.NONE);

        assertThat(Sites.clause(delegation)).isEqualTo(Sites.clause(chair));
        Sites.editAndRecord(delegation, "smallest number", "fewest", "Ingrid Solberg");
        assertThat(Sites.labels(Sites.sync(delegation, access).sent())).containsExactly("Edit by Ingrid Solberg");
        assertThat(Sites.clause(chair)).doesNotContain("fewest");
        Sites.sync(chair, access);
        assertThat(Sites.clause(chair)).contains("fewest");
        BareRepositories.fsck(bare);
    }

    @Test
    void twoSitesChangingTheSameWordsDifferentlySyncToOneDraftWithAnAttributedTwoOptionBracket() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toString());
        Sites.sync(chair, access);
        Path oslo = temp.resolve("oslo");
        ProjectClone.clone(bare.toString(), oslo, access, TransferProgress.NONE);

        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        Sites.editAndRecord(oslo, "smallest number", "lowest number", "Ingrid Solberg");
        Path other = oslo.resolve("clauses/biosecurity-education.json");
        String before = Files.readString(other);
        String edited = before.replaceFirst("\"heading\": \"([^\"]*)\"", "\"heading\": \"$1 and training\"");
        assertThat(edited).isNotEqualTo(before);
        Files.writeString(other, edited);
        Versions.record(oslo, "Heading widened", "", "Ingrid Solberg", notice -> { });
        assertThat(Sites.sync(oslo, access).sent()).hasSize(2);

        SyncReport merged = Sites.sync(chair, access);

        assertThat(merged.merge()).isPresent();
        assertThat(merged.merge().get().label())
                .isEqualTo("Sync with origin: 2 clauses from Ingrid Solberg, 1 option to decide");
        assertThat(merged.merged()).anySatisfy(line -> assertThat(line).contains("clause animal-welfare: bracket")
                .contains("“fewest” / “lowest number”").contains("was “smallest number”"));
        assertThat(Sites.labels(merged.sent())).contains(merged.merge().get().label(), "Edit by Chair");
        // the English first line and lines stay for git; what the merge took in is kept as data for the windows
        Version recorded = Versions.log(chair).get(0);
        assertThat(recorded.label()).isEqualTo("Sync with origin: 2 clauses from Ingrid Solberg, 1 option to decide");
        assertThat(recorded.merged()).contains(new MergeReason(MergeReason.SYNC, "origin", 2,
                List.of("Ingrid Solberg"), 0, List.of("animal-welfare"), List.of()));
        assertThat(recorded.message()).contains("clause animal-welfare: bracket").doesNotContain("Clausewright-");
        assertThat(VersionNames.shown(new Messages(Locale.FRENCH), recorded, id -> id))
                .isEqualTo("Synchronisation avec origin : 2 clauses de Ingrid Solberg, 1 crochet à trancher");
        assertThat(Sites.clause(chair)).contains("fewest").contains("lowest").doesNotContain("smallest")
                .contains("Ingrid Solberg");
        assertThat(Files.readString(chair.resolve("clauses/biosecurity-education.json"))).contains(" and training");

        SyncReport back = Sites.sync(oslo, access);
        assertThat(back.merge()).isEmpty();
        assertThat(back.received()).hasSize(2);
        for (String path : new String[] {Sites.CLAUSE, "clauses/biosecurity-education.json", "outline.json",
                "annotations/animal-welfare.json"}) {
            assertThat(Files.readString(oslo.resolve(path))).as(path).isEqualTo(Files.readString(chair.resolve(path)));
        }
        BareRepositories.fsck(bare);
        BareRepositories.fsck(oslo.resolve(".git"));
    }

    @Test
    void aDelegationChangedDifferentlyAtBothSitesIsListedWithBothRecordsWholeAndChosenWithUndo() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toString());
        Sites.sync(chair, access);
        Path oslo = temp.resolve("oslo");
        ProjectClone.clone(bare.toString(), oslo, access, TransferProgress.NONE);

        // the same delegation renamed at both sites, its group changed at one (by hand, as a text editor would)
        editProject(chair, "\"name\": \"Republic of Aldoria\"", "\"name\": \"Aldoria\"", "Chair");
        editProject(oslo, "\"shortName\": \"ALD\",\n      \"group\": \"Group A\"",
                "\"shortName\": \"ALD\",\n      \"group\": \"Group B\"", "Ingrid Solberg");
        editProject(oslo, "\"name\": \"Republic of Aldoria\"", "\"name\": \"The Republic of Aldoria\"",
                "Ingrid Solberg");
        Sites.sync(oslo, access);

        SyncReport merged = Sites.sync(chair, access);

        MergeConflict conflict = merged.merges().get(0).outcome().conflicts().stream()
                .filter(c -> c.kind() == MergeConflict.Kind.RECORD).findFirst().orElseThrow();
        assertThat(conflict.field()).isEqualTo("delegation");
        assertThat(conflict.clauseId()).isEqualTo("ald");
        assertThat(conflict.record(MergeConflict.Side.OURS))
                .isEqualTo(new Delegation("ald", "Aldoria", "ALD", "Group A"));
        assertThat(conflict.record(MergeConflict.Side.THEIRS)).as("nothing of the other site's lost")
                .isEqualTo(new Delegation("ald", "The Republic of Aldoria", "ALD", "Group B"));
        assertThat(conflict.record(MergeConflict.Side.BASE))
                .isEqualTo(new Delegation("ald", "Republic of Aldoria", "ALD", "Group A"));
        assertThat(merged.merge().get().label()).contains("1 conflict to choose");
        assertThat(merged.merged()).anySatisfy(line -> assertThat(line).contains("delegation")
                .contains("The Republic of Aldoria · ALD · Group B"));
        Project draft = ProjectReader.read(new ProjectFolder(chair)).orThrow();
        assertThat(draft.info().delegation("ald").orElseThrow().name()).as("this site's held meanwhile")
                .isEqualTo("Aldoria");

        CommandStack stack = new CommandStack(draft);
        stack.execute(new MergeResolution(conflict, MergeConflict.Side.THEIRS,
                new Negotiation.Context(java.time.Instant.EPOCH, "Chair", "", "", "")));
        assertThat(stack.current().info().delegation("ald").orElseThrow())
                .isEqualTo(new Delegation("ald", "The Republic of Aldoria", "ALD", "Group B"));
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.THEIRS);
        stack.undo();
        assertThat(stack.current().info().delegation("ald").orElseThrow().name()).isEqualTo("Aldoria");
    }

    @Test
    void aFrameworkElementRetitledDifferentlyAtBothSitesReachesMergeResultsWithBothWordings() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("shared/code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(temp.resolve("home"));
        SiteRemotes.add(chair, "origin", bare.toString());
        Sites.sync(chair, access);
        Path oslo = temp.resolve("oslo");
        ProjectClone.clone(bare.toString(), oslo, access, TransferProgress.NONE);

        // element 2's title changed at both sites, its summary and element 1's title at one only (as a text editor)
        editFramework(chair, "\"title\": \"Laws and norms\"", "\"title\": \"Laws, norms and regulations\"",
                "Chair");
        editFramework(oslo, "\"title\": \"Laws and norms\"", "\"title\": \"Legal and normative frameworks\"",
                "Ingrid Solberg");
        editFramework(oslo, "\"title\": \"Ethical standards\"", "\"title\": \"Ethical standards and integrity\"",
                "Ingrid Solberg");
        Sites.sync(oslo, access);

        SyncReport merged = Sites.sync(chair, access);

        MergeConflict conflict = merged.merges().get(0).outcome().conflicts().stream()
                .filter(c -> c.kind() == MergeConflict.Kind.FRAMEWORK).findFirst().orElseThrow();
        assertThat(conflict.clauseId()).isEqualTo("tianjin-2021/2");
        assertThat(conflict.field()).isEqualTo("title");
        assertThat(conflict.theirs()).isEqualTo("Legal and normative frameworks");
        assertThat(merged.merge().get().label()).contains("1 conflict to choose");
        assertThat(merged.merged()).anySatisfy(line -> assertThat(line)
                .contains("framework tianjin-2021 element 2 title").contains("Legal and normative frameworks"));
        Project draft = ProjectReader.read(new ProjectFolder(chair)).orThrow();
        var tianjin = draft.framework("tianjin-2021").orElseThrow();
        assertThat(tianjin.element("1").orElseThrow().title()).as("one site's change taken")
                .isEqualTo("Ethical standards and integrity");
        assertThat(tianjin.element("2").orElseThrow().title()).as("this site's held meanwhile")
                .isEqualTo("Laws, norms and regulations");

        CommandStack stack = new CommandStack(draft);
        stack.execute(new MergeResolution(conflict, MergeConflict.Side.THEIRS,
                new Negotiation.Context(java.time.Instant.EPOCH, "Chair", "", "", "")));
        assertThat(stack.current().framework("tianjin-2021").orElseThrow().element("2").orElseThrow().title())
                .isEqualTo("Legal and normative frameworks");
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.THEIRS);
        stack.undo();
        assertThat(ConflictState.held(stack.current(), conflict)).contains(MergeConflict.Side.OURS);
    }

    private static void editFramework(Path dir, String from, String to, String author) throws Exception {
        Path file = dir.resolve("frameworks/tianjin-2021.json");
        String json = Files.readString(file);
        assertThat(json).contains(from);
        Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        Versions.record(dir, "Framework by " + author, "", author, notice -> { });
    }

    private static void editProject(Path dir, String from, String to, String author) throws Exception {
        Path file = dir.resolve("project.json");
        String json = Files.readString(file);
        assertThat(json).contains(from);
        Files.writeString(file, json.replace(from, to));
        Versions.record(dir, "Parties by " + author, "", author, notice -> { });
    }

    @Test
    void changesNotRecordedAreRefusedAndNothingIsSentOrReceived() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", bare.toString());
        Path clause = chair.resolve(Sites.CLAUSE);
        Files.writeString(clause, Files.readString(clause).replace("smallest number", "fewest"));

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(temp.resolve("home"))))
                .isInstanceOf(HistoryException.class)
                .hasMessageContaining("has changes not recorded as a version (1 file)")
                .hasMessageContaining("nothing was sent or received");
        assertThat(Sites.clause(chair)).contains("fewest");
        assertThat(Files.list(bare.resolve("refs/heads"))).isEmpty();
    }

    @Test
    void anUnknownRemoteNameIsRefusedNamingTheRemotesThereAre() throws Exception {
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "shared", temp.toString());

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(temp.resolve("home"))))
                .hasMessage("the project has no remote named \"origin\"; it has shared");
    }

    @Test
    void aRemoteThatIsNotThereIsReportedAsNotFound() throws Exception {
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", temp.resolve("no-such.git").toUri().toString());

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(temp.resolve("home"))))
                .hasMessageContaining("has no repository at that address");
    }
}
