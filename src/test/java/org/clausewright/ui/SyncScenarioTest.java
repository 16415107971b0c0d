package org.clausewright.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectClone;
import org.clausewright.app.SiteRemotes;
import org.clausewright.app.Sync;
import org.clausewright.app.Versions;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.merge.MergeConflict;
import org.clausewright.model.Clause;
import org.clausewright.ui.merge.MergeResultsViewModel;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.HttpGitServer;
import org.clausewright.servers.SshGitServer;
import org.clausewright.ui.sync.SyncSetup;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sync in the real window, headless, against a real bare repository: two copies of the sample cloned from it
 * through the app layer, one changed and recorded at the "delegation", the other open in the window at the
 * "chair".
 */
class SyncScenarioTest {
    private static final String CLAUSE = "animal-welfare";

    @TempDir
    Path temp;
    private EditorWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedSyncDialogs syncDialogs = new ScriptedSyncDialogs();

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theSyncButtonBringsTheOtherSitesChangeIntoTheEditor() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        window = open(chair);

        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT,
                KeyCode.CONTROL);

        try {
            window.waitFor(30, () -> text().contains("fewest"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("errors " + dialogs.errors + " notices " + dialogs.notices, e);
        }
        assertThat(text()).doesNotContain("smallest number");
        assertThat(window.controller().document().dirtyProperty().get()).as("the draft is the folder's").isFalse();
        assertThat(Files.readString(chair.resolve("clauses/" + CLAUSE + ".json"), StandardCharsets.UTF_8))
                .contains("fewest");
        window.waitFor(10, () -> !dialogs.notices.isEmpty());
        assertThat(dialogs.notices).anyMatch(n -> n.startsWith("Synced with origin") && n.contains("1 received"));
        assertThat(dialogs.errors).isEmpty();
        window.robot.interact(() -> dialogs.noticeActions.get(dialogs.noticeActions.size() - 1).action().run());
        assertThat(syncDialogs.results).singleElement().satisfies(lines ->
                assertThat(String.join("\n", lines)).contains("1 version received from origin")
                        .contains("Edit by Ingrid Solberg — Ingrid Solberg"));
    }

    @Test
    void anEditMadeWhileTheSyncRunsIsKeptBesideWhatCameIn() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        window = open(chair);
        StatusBar bar = window.robot.lookup("#status-bar").query();
        // the status bar says what is to come in as soon as the fetch is done, before anything is taken in:
        // the member edits another clause at that moment
        window.robot.interact(() -> bar.textProperty().addListener((obs, old, now) -> {
            if (now != null && now.startsWith("1 version to receive (by Ingrid Solberg)")) {
                var doc = window.controller().document();
                Clause other = doc.project().clauses().values().stream()
                        .filter(c -> !c.id().equals(CLAUSE) && !c.text().isEmpty()).findFirst().orElseThrow();
                doc.session().update(doc.project().withClause(other.withText(other.text() + " Typed meanwhile.")));
            }
        }));

        window.robot.clickOn("#toolbar-sync");

        window.waitFor(30, () -> text().contains("fewest"));
        var project = window.controller().document().project();
        assertThat(project.clauses().values()).anyMatch(c -> c.text().endsWith(" Typed meanwhile."));
        window.waitFor(10, () -> !window.controller().document().dirtyProperty().get());
        String onDisk = allClauseFiles(chair);
        assertThat(onDisk).contains("Typed meanwhile.").contains("fewest");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void whileTheSyncRunsItsCancelAndWhatIsToComeInReadWholeInTheStatusBar() throws Exception {
        String url = temp.resolve("shared.git").toUri().toString();
        Path chair = twoSitesWithAChangeAtTheDelegation(url);
        // as a committee's sync reads: two members' versions to come in, one of this site's to go out
        RemoteAccess access = new RemoteAccess(temp.resolve("home"), CredentialPrompt.NONE, null, Optional.empty());
        Path delegation = temp.resolve("delegation");
        Path file = delegation.resolve("clauses/" + CLAUSE + ".json");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("appropriate ethics body",
                "competent ethics body"), StandardCharsets.UTF_8);
        Versions.record(delegation, "Oslo comments 3", "", "Amara Okafor", n -> { });
        Sync.sync(delegation, "origin", "Amara Okafor", access, TransferProgress.NONE, n -> { });
        renameAndRecord(chair, "Humane care of research animals", "Lucía Fernández Ortega");
        window = open(chair).atDefaultSize();
        StatusBar bar = window.robot.lookup("#status-bar").query();
        java.util.List<String> cut = new java.util.ArrayList<>();
        java.util.List<String> seen = new java.util.ArrayList<>();
        // looked at the moment the bar says what is to come in, laid out as it is drawn then
        window.robot.interact(() -> bar.textProperty().addListener((obs, old, now) -> {
            if (now != null && now.startsWith("2 versions to receive")) {
                seen.add(now);
                bar.getScene().getRoot().applyCss();
                bar.getScene().getRoot().layout();
                for (javafx.scene.Node n : bar.lookupAll(".text")) {
                    if (n instanceof javafx.scene.text.Text t && t.isVisible()
                            && t.getParent() instanceof javafx.scene.control.Labeled l && l.isVisible()
                            && l.getText() != null && !l.getText().equals(t.getText())) {
                        cut.add("\"" + l.getText() + "\" drawn as \"" + t.getText() + "\"");
                    }
                }
            }
        }));

        window.robot.clickOn("#toolbar-sync");

        window.waitFor(30, () -> text().contains("fewest"));
        assertThat(seen).as("what is to come in, said").isNotEmpty();
        assertThat(cut).as("cut in the status bar during the sync").isEmpty();
    }

    @Test
    void aSyncRefusedAtThePushAfterTakingInShowsWhatCameInAndSaysWhatHappened() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        renameAndRecord(chair, "Humane care of research animals", "Chair");
        // another git holds the shared branch (its lock file): the push after the merge is refused
        Path branch;
        try (var heads = Files.list(temp.resolve("shared.git/refs/heads"))) {
            branch = heads.findFirst().orElseThrow();
        }
        Files.write(branch.resolveSibling(branch.getFileName() + ".lock"), Files.readAllBytes(branch));
        window = open(chair);
        StatusBar bar = window.robot.lookup("#status-bar").query();
        // the member types in another clause once the fetch is done, before what came is taken in
        window.robot.interact(() -> bar.textProperty().addListener((obs, old, now) -> {
            if (now != null && now.startsWith("1 version to receive (by Ingrid Solberg)")) {
                var doc = window.controller().document();
                Clause other = doc.project().clauses().values().stream()
                        .filter(c -> !c.id().equals(CLAUSE) && !c.text().isEmpty()).findFirst().orElseThrow();
                doc.session().update(doc.project().withClause(other.withText(other.text() + " Typed meanwhile.")));
            }
        }));

        window.robot.clickOn("#toolbar-sync");

        window.waitFor(30, () -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The sync with origin").contains("stopped after taking in what came")
                .contains("refused the versions sent");
        assertThat(text()).as("what came in is in the draft").contains("fewest");
        assertThat(window.controller().document().project().clauses().values()).as("with the words typed meanwhile")
                .anyMatch(c -> c.text().endsWith(" Typed meanwhile."));
        window.waitFor(30, () -> !window.controller().document().dirtyProperty().get());
        assertThat(allClauseFiles(chair)).as("and stays on disk after the save").contains("fewest")
                .contains("Typed meanwhile.").contains("Humane care of research animals");
    }

    @Test
    void ctrlSDuringALongFetchReachesTheDiskAndTheSyncThenKeepsTheEdit() throws Exception {
        try (HttpGitServer server = HttpGitServer.start(temp.resolve("http"), "chair", "right-password")) {
            server.newRepository("code");
            Path chair = twoSitesWithAChangeAtTheDelegation(server.repository("code").toUri().toString());
            SiteRemotes.remove(chair, "origin");
            SiteRemotes.add(chair, "origin", server.url("code"));
            syncDialogs.logins.add(new Login("chair", "right-password"));
            window = open(chair);
            var doc = window.controller().document();
            StatusBar bar = window.robot.lookup("#status-bar").query();
            String connecting = doc.messages().get("sync.connecting");
            server.hold();
            try {
                window.robot.clickOn("#toolbar-sync");
                window.waitFor(30, () -> connecting.equals(bar.getText()));
                Clause other = doc.project().clauses().values().stream()
                        .filter(c -> !c.id().equals(CLAUSE) && !c.text().isEmpty()).findFirst().orElseThrow();
                window.robot.interact(() -> doc.session().update(doc.project()
                        .withClause(other.withText(other.text() + " Saved during the fetch."))));
                window.robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
                // the server answers nothing meanwhile: the save must not wait for the sync
                window.waitFor(30, () -> allClauseFiles(chair).contains("Saved during the fetch."));
                assertThat(doc.dirtyProperty().get()).isFalse();
            } finally {
                server.carryOn();
            }
            window.waitFor(60, () -> text().contains("fewest"));
            window.waitFor(10, () -> !doc.dirtyProperty().get());
            assertThat(allClauseFiles(chair)).contains("Saved during the fetch.").contains("fewest");
            assertThat(doc.project().clauses().values()).anyMatch(c -> c.text().endsWith(" Saved during the fetch."));
            assertThat(dialogs.errors).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorAndChangesNothing() throws Exception {
        try (HttpGitServer server = HttpGitServer.start(temp.resolve("http"), "chair", "right-password")) {
            String url = server.newRepository("code");
            Path chair = temp.resolve("chair");
            BundledSample.install(chair);
            SiteRemotes.add(chair, "origin", url);
            String before = allClauseFiles(chair);
            syncDialogs.logins.add(new Login("chair", "wrong-password"));
            window = open(chair);

            window.robot.clickOn("#toolbar-sync");

            window.waitFor(30, () -> !dialogs.errors.isEmpty());
            assertThat(syncDialogs.loginsAskedFor).isNotEmpty();
            assertThat(dialogs.errors.get(0)).startsWith("Sync failed; nothing was lost")
                    .contains("refused the user name and password").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(allClauseFiles(chair)).isEqualTo(before);
            assertThat(window.robot.lookup("#toolbar-sync").query().isDisabled()).isFalse();
        }
    }

    @Test
    void anUntrustedCertificateIsShownWithItsFingerprintAndTrustedForTheProjectOnlyWhenTheMemberSaysSo()
            throws Exception {
        try (HttpGitServer server = HttpGitServer.startTls(temp.resolve("https"), "chair", "right-password")) {
            String url = server.newRepository("code");
            Path chair = temp.resolve("chair");
            BundledSample.install(chair);
            SiteRemotes.add(chair, "origin", url);
            syncDialogs.logins.add(new Login("chair", "right-password"));
            window = open(chair);

            // refused: nothing is sent, and no password either
            window.robot.clickOn("#toolbar-sync");
            window.waitFor(30, () -> !dialogs.errors.isEmpty());
            assertThat(syncDialogs.certificatesShown).singleElement().satisfies(c -> {
                assertThat(c.server()).isEqualTo(url.substring(0, url.indexOf("/git/")));
                assertThat(c.fingerprint()).isEqualTo(server.certificateFingerprint());
            });
            assertThat(syncDialogs.loginsAskedFor).isEmpty();
            assertThat(dialogs.errors.get(0)).contains(server.certificateFingerprint()).doesNotContain("Exception");
            assertThat(Files.list(server.repository("code").resolve("refs/heads"))).isEmpty();

            // trusted: the sync goes through with the password, and the trust is the project's
            syncDialogs.trustCertificates = true;
            window.robot.clickOn("#toolbar-sync");
            window.waitFor(60, () -> dialogs.notices.stream().anyMatch(n -> n.startsWith("Synced with origin")));
            assertThat(syncDialogs.certificatesShown).hasSize(2);
            assertThat(syncDialogs.loginsAskedFor).hasSize(1);
            assertThat(Files.readString(chair.resolve(".git/config")))
                    .contains("trustedCertificate = " + server.certificateFingerprint());
            assertThat(Files.list(server.repository("code").resolve("refs/heads"))).hasSize(1);
        }
    }

    @Test
    void aKeysPassphraseIsAskedInADialogOnceASync() throws Exception {
        try (SshGitServer server = SshGitServer.start(temp.resolve("sshd"))) {
            Path home = server.clientHome("chair-home", true, "correct horse");
            Path bare = BareRepositories.create(temp.resolve("code.git"));
            Path chair = temp.resolve("chair");
            BundledSample.install(chair);
            SiteRemotes.add(chair, "origin", server.url(bare));
            syncDialogs.passphrases.add("correct horse");
            window = EditorWindow.openForSync(chair, (m, owner) -> dialogs, new SyncSetup((m, owner) -> syncDialogs,
                    home, Optional.empty()));

            window.robot.clickOn("#toolbar-sync");

            window.waitFor(60, () -> dialogs.notices.stream().anyMatch(n -> n.startsWith("Synced with origin"))
                    || !dialogs.errors.isEmpty());
            assertThat(dialogs.errors).isEmpty();
            assertThat(syncDialogs.passphrasesAskedFor).containsExactly(home.resolve(".ssh/id_ed25519"));
            assertThat(Files.list(bare.resolve("refs/heads"))).hasSize(1);
        }
    }

    @Test
    void changesSentAsAFileAreAppliedAtTheOtherSite() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        Path delegation = temp.resolve("delegation");
        Path bundle = temp.resolve("mail/delegation.bundle");
        Files.createDirectories(bundle.getParent());
        dialogs.files.add(bundle);
        window = open(delegation);
        fire("menu-send-bundle");
        window.waitFor(20, () -> dialogs.notices.stream().anyMatch(n -> n.contains("written to delegation.bundle")));
        assertThat(dialogs.writeChooserOpenedAt).singleElement().satisfies(s ->
                assertThat(s).endsWith("|delegation-" + java.time.LocalDate.now() + ".bundle"));
        window.close();

        dialogs.files.add(bundle);
        window = open(chair);
        fire("menu-apply-bundle");

        window.waitFor(30, () -> text().contains("fewest"));
        window.waitFor(10, () -> dialogs.notices.stream().anyMatch(n -> n.startsWith("Synced with delegation.bundle")));
        assertThat(Versions.log(chair).get(0).label()).isEqualTo("Edit by Ingrid Solberg");
        assertThat(dialogs.errors).isEmpty();
    }

    private EditorWindow open(Path dir) throws Exception {
        return EditorWindow.openForSync(dir, (m, owner) -> dialogs, new SyncSetup((m, owner) -> syncDialogs,
                temp.resolve("home"), Optional.empty()));
    }

    @Test
    void aHeadingChangedDifferentlyAtBothSitesIsChosenInMergeResultsAndTheChoiceUndone() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        Path delegation = temp.resolve("delegation");
        RemoteAccess access = new RemoteAccess(temp.resolve("home"), CredentialPrompt.NONE, null, Optional.empty());
        renameAndRecord(delegation, "Welfare of research animals", "Ingrid Solberg");
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        renameAndRecord(chair, "Care of animals in research", "Chair");
        window = open(chair);

        window.robot.clickOn("#toolbar-sync");

        window.waitFor(30, () -> text().contains("fewest"));
        window.waitFor(10, () -> !dialogs.notices.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        assertThat(heading()).as("the draft holds this site's until someone chooses")
                .isEqualTo("Care of animals in research");
        // the sync's notice leads to Merge results, where the heading waits with both wordings
        window.robot.interact(() -> dialogs.noticeActions.get(dialogs.noticeActions.size() - 1).action().run());
        assertThat(syncDialogs.mergeResults).hasSize(1);
        MergeResultsViewModel results = syncDialogs.mergeResults.get(0);
        MergeResultsViewModel.Row row = results.rows().stream()
                .filter(r -> r.conflict().clauseId().equals(CLAUSE)).findFirst().orElseThrow();
        assertThat(row.ours()).isEqualTo("Care of animals in research");
        assertThat(row.theirs()).isEqualTo("Welfare of research animals");

        window.robot.interact(() -> assertThat(results.choose(row, MergeConflict.Side.THEIRS)).isTrue());
        assertThat(heading()).isEqualTo("Welfare of research animals");
        allSaved();
        window.robot.interact(() -> window.controller().document().undo());
        assertThat(heading()).isEqualTo("Care of animals in research");
        allSaved();
        // the choice taken back, the conflict waits again in Merge results; chosen again (redo), it does not
        fire("menu-merge-results");
        assertThat(syncDialogs.mergeResults).as("Merge results opened again").hasSize(2);
        assertThat(syncDialogs.mergeResults.get(1).rows()).extracting(r -> r.conflict().clauseId()).contains(CLAUSE);
        window.robot.interact(() -> window.controller().document().redo());
        assertThat(heading()).isEqualTo("Welfare of research animals");
        fire("menu-merge-results");
        assertThat(syncDialogs.mergeResults.size() == 2 || syncDialogs.mergeResults.get(2).rows().stream()
                .noneMatch(r -> r.conflict().clauseId().equals(CLAUSE))).as("chosen again by redo").isTrue();
    }

    @Test
    void aPartsClausesReorderedDifferentlyAtBothSitesWaitInMergeResultsAsOneOrderChosenUndoneAndRedone()
            throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        Path delegation = temp.resolve("delegation");
        RemoteAccess access = new RemoteAccess(temp.resolve("home"), CredentialPrompt.NONE, null, Optional.empty());
        reorderAndRecord(delegation, "Ingrid Solberg", "export-controls", "bwc-compliance", "national-law");
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        reorderAndRecord(chair, "Chair", "national-law", "bwc-compliance", "export-controls");
        window = open(chair);

        window.robot.clickOn("#toolbar-sync");
        window.waitFor(30, () -> text().contains("fewest"));
        window.waitFor(10, () -> !dialogs.notices.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        assertThat(lawsAndNorms()).as("this site's order until someone chooses")
                .containsExactly("national-law", "bwc-compliance", "export-controls");
        window.waitFor(10, () -> Files.readString(chair.resolve(".git/clausewright/conflicts.json"))
                .contains("\"order\""));
        window.robot.interact(() -> dialogs.noticeActions.get(dialogs.noticeActions.size() - 1).action().run());
        MergeResultsViewModel results = syncDialogs.mergeResults.get(syncDialogs.mergeResults.size() - 1);
        MergeResultsViewModel.Row row = results.rows().stream()
                .filter(r -> r.conflict().kind() == MergeConflict.Kind.ORDER).findFirst().orElseThrow();
        assertThat(row.subject()).isEqualTo("Laws and norms");
        assertThat(row.field()).isEqualTo("Order");
        // each clause by the number the draft gives it now and its heading, in the side's order
        assertThat(row.ours().split("\n")).containsExactly("2.1 " + heading("national-law"),
                "2.2 " + heading("bwc-compliance"), "2.3 " + heading("export-controls"));
        assertThat(row.theirs().split("\n")[0]).isEqualTo("2.3 " + heading("export-controls"));

        window.robot.interact(() -> assertThat(results.choose(row, MergeConflict.Side.THEIRS)).isTrue());
        assertThat(lawsAndNorms()).containsExactly("export-controls", "bwc-compliance", "national-law");
        allSaved();
        window.robot.interact(() -> window.controller().document().undo());
        assertThat(lawsAndNorms()).containsExactly("national-law", "bwc-compliance", "export-controls");
        allSaved();
        window.robot.interact(() -> window.controller().document().redo());
        assertThat(lawsAndNorms()).containsExactly("export-controls", "bwc-compliance", "national-law");
        allSaved();
        assertThat(Files.readString(chair.resolve("outline.json"), StandardCharsets.UTF_8))
                .as("the chosen order is the folder's").containsSubsequence("export-controls", "bwc-compliance",
                        "national-law");
    }

    private String heading(String id) {
        return window.controller().document().project().clauses().get(id).heading();
    }

    private java.util.List<String> lawsAndNorms() throws Exception {
        return window.controller().document().project().outline().parts().stream()
                .filter(p -> p.id().equals("laws-and-norms")).findFirst().orElseThrow().clauseIds();
    }

    /** Puts the part "Laws and norms"'s clauses in {@code order}, as a member dragging them would, and records it. */
    private static void reorderAndRecord(Path site, String author, String... order) throws Exception {
        try (org.clausewright.app.ProjectSession session = org.clausewright.app.ProjectSession.open(site, author)) {
            var outline = session.project().outline();
            var parts = outline.parts().stream().map(p -> !p.id().equals("laws-and-norms") ? p
                    : new org.clausewright.model.Part(p.id(), p.title(), java.util.Arrays.stream(order)
                    .map(id -> (org.clausewright.model.OutlineItem) new org.clausewright.model.ClauseRef(id))
                    .toList())).toList();
            session.update(session.project().withOutline(outline.withParts(parts)));
            session.save();
        }
        Versions.record(site, "Order by " + author, "", author, n -> { });
    }

    @Test
    void aConflictLeftOpenIsOfferedAgainWhenTheProjectIsReopenedAndChoosingItClearsIt() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        Path delegation = temp.resolve("delegation");
        RemoteAccess access = new RemoteAccess(temp.resolve("home"), CredentialPrompt.NONE, null, Optional.empty());
        renameAndRecord(delegation, "Welfare of research animals", "Ingrid Solberg");
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        renameAndRecord(chair, "Care of animals in research", "Chair");
        window = open(chair);
        window.robot.clickOn("#toolbar-sync");
        window.waitFor(30, () -> text().contains("fewest"));
        window.waitFor(10, () -> !dialogs.notices.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        window.waitFor(10, () -> Files.exists(chair.resolve(".git/clausewright/conflicts.json")));
        window.close();
        window = null;
        assertThat(git(chair, "status", "--porcelain")).as("the list is not a project file").isEmpty();

        dialogs.notices.clear();
        dialogs.noticeActions.clear();
        window = open(chair);
        window.waitFor(20, () -> dialogs.notices.stream().anyMatch(n -> n.contains("earlier sync")));
        assertThat(dialogs.notices).anySatisfy(n -> assertThat(n)
                .isEqualTo("1 conflict of an earlier sync still waits for a choice in Merge results"));
        window.robot.interact(() -> dialogs.noticeActions.get(dialogs.noticeActions.size() - 1).action().run());
        MergeResultsViewModel results = syncDialogs.mergeResults.get(syncDialogs.mergeResults.size() - 1);
        assertThat(results.summary()).isEqualTo("1 conflict of earlier syncs with origin to choose");
        MergeResultsViewModel.Row row = results.rows().stream()
                .filter(r -> r.conflict().clauseId().equals(CLAUSE)).findFirst().orElseThrow();
        assertThat(row.ours()).isEqualTo("Care of animals in research");
        assertThat(row.theirs()).isEqualTo("Welfare of research animals");
        assertThat(row.held()).isEqualTo(MergeConflict.Side.OURS);

        window.robot.interact(() -> assertThat(results.choose(row, MergeConflict.Side.THEIRS)).isTrue());
        assertThat(heading()).isEqualTo("Welfare of research animals");
        window.waitFor(10, () -> !Files.readString(chair.resolve(".git/clausewright/conflicts.json"))
                .contains("Welfare of research animals"));
        window.close();
        window = null;

        dialogs.notices.clear();
        window = open(chair);
        fire("menu-merge-results");
        window.waitFor(10, () -> dialogs.notices.stream().anyMatch(n -> n.contains("nothing waits")));
        assertThat(dialogs.notices).noneMatch(n -> n.contains("earlier sync"));
    }

    private static String git(Path dir, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                org.clausewright.servers.Programs.git().toString(), "-C", dir.toString()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void aConflictOfAnEarlierSyncStillWaitsInMergeResultsAfterTheNextSync() throws Exception {
        Path chair = twoSitesWithAChangeAtTheDelegation(temp.resolve("shared.git").toUri().toString());
        Path delegation = temp.resolve("delegation");
        RemoteAccess access = new RemoteAccess(temp.resolve("home"), CredentialPrompt.NONE, null, Optional.empty());
        renameAndRecord(delegation, "Welfare of research animals", "Ingrid Solberg");
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        renameAndRecord(chair, "Care of animals in research", "Chair");
        window = open(chair);
        window.robot.clickOn("#toolbar-sync");
        window.waitFor(30, () -> text().contains("fewest"));
        window.waitFor(10, () -> !dialogs.notices.isEmpty());

        // the delegation renames another clause; so does the chair, in the window, and syncs again
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        String other = "dual-use-awareness";
        assertThat(Files.exists(delegation.resolve("clauses/" + other + ".json"))).isTrue();
        renameAndRecord(delegation, other, "Awareness of dual use", "Ingrid Solberg");
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        window.robot.interact(() -> {
            var doc = window.controller().document();
            Clause clause = doc.project().clause(other).orElseThrow();
            doc.session().update(doc.project().withClause(clause.withHeading("Knowing the dual use")));
        });
        dialogs.versions.add(new Dialogs.VersionRequest("Chair's heading", ""));
        int before = dialogs.notices.size();
        window.robot.clickOn("#toolbar-sync");
        window.waitFor(30, () -> dialogs.notices.size() > before);
        assertThat(dialogs.errors).isEmpty();

        fire("menu-merge-results");
        assertThat(syncDialogs.mergeResults).isNotEmpty();
        MergeResultsViewModel results = syncDialogs.mergeResults.get(syncDialogs.mergeResults.size() - 1);
        assertThat(results.rows()).extracting(r -> r.conflict().clauseId()).containsExactly(CLAUSE, other);

        // chosen: it waits no more
        window.robot.interact(() -> assertThat(results.choose(results.rows().get(0), MergeConflict.Side.THEIRS))
                .isTrue());
        fire("menu-merge-results");
        MergeResultsViewModel again = syncDialogs.mergeResults.get(syncDialogs.mergeResults.size() - 1);
        assertThat(again.rows()).extracting(r -> r.conflict().clauseId()).containsExactly(other);
    }

    private static void renameAndRecord(Path site, String heading, String author) throws Exception {
        renameAndRecord(site, CLAUSE, heading, author);
    }

    private static void renameAndRecord(Path site, String clause, String heading, String author) throws Exception {
        Path file = site.resolve("clauses/" + clause + ".json");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        String renamed = json.replaceFirst("\"heading\": \"[^\"]*\"", "\"heading\": \"" + heading + "\"");
        assertThat(renamed).as("the clause file has a heading").isNotEqualTo(json);
        Files.writeString(file, renamed, StandardCharsets.UTF_8);
        Versions.record(site, "Heading by " + author, "", author, n -> { });
    }

    // each step written before the next: the folder then holds what the window holds, whichever order the
    // autosave and the folder's watcher run in on a busy machine
    private void allSaved() throws Exception {
        javafx.scene.control.Label saved = window.robot.lookup("#status-saved").query();
        window.waitFor(15, () -> "All changes saved".equals(saved.getText()));
    }

    private String heading() throws Exception {
        return window.controller().document().project().clauses().get(CLAUSE).heading();
    }

    /** The chair's copy, whose sync sent the sample to the bare repository; the delegation's, changed since. */
    private Path twoSitesWithAChangeAtTheDelegation(String url) throws Exception {
        BareRepositories.create(temp.resolve("shared.git"));
        RemoteAccess access = new RemoteAccess(temp.resolve("home"), CredentialPrompt.NONE, null, Optional.empty());
        Path chair = temp.resolve("chair");
        BundledSample.install(chair);
        SiteRemotes.add(chair, "origin", url);
        Sync.sync(chair, "origin", "Chair", access, TransferProgress.NONE, n -> { });
        Path delegation = temp.resolve("delegation");
        ProjectClone.clone(url, delegation, access, TransferProgress.NONE);
        Path file = delegation.resolve("clauses/" + CLAUSE + ".json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("smallest number");
        Files.writeString(file, text.replace("smallest number", "fewest"), StandardCharsets.UTF_8);
        Versions.record(delegation, "Edit by Ingrid Solberg", "", "Ingrid Solberg", n -> { });
        Sync.sync(delegation, "origin", "Ingrid Solberg", access, TransferProgress.NONE, n -> { });
        return chair;
    }

    /** Chooses a menu item, as a click on it does. */
    private void fire(String id) {
        javafx.scene.control.MenuBar bar = window.robot.lookup("#menu-bar").query();
        var item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).as(id + " disabled").isFalse();
        window.robot.interact(item::fire);
    }

    private String text() throws Exception {
        return window.controller().document().project().clauses().get(CLAUSE).text();
    }

    private static String allClauseFiles(Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir.resolve("clauses"))) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

}
