package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.RemoteException;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.history.remote.PassphrasePrompt;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.SshAgentProcess;
import org.clausewright.servers.SshGitServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ssh:// through OpenSSH's sshd, with a generated key and known_hosts in a home of the test's own. */
class SyncOverSshTest {
    private static SshGitServer server;

    @TempDir
    static Path serverDir;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = SshGitServer.start(serverDir);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKnownHostTakesTheMembersKeyForCloneAndSync() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        RemoteAccess access = Sites.access(server.clientHome("chair-home", true));
        SiteRemotes.add(chair, "origin", server.url(bare));
        assertThat(Sites.sync(chair, access).sent()).hasSize(4);

        Path oslo = temp.resolve("oslo");
        RemoteAccess osloAccess = Sites.access(server.clientHome("oslo-home", true));
        ProjectClone.clone(server.url(bare), oslo, osloAccess, TransferProgress.NONE);
        Sites.editAndRecord(oslo, "smallest number", "fewest", "Ingrid Solberg");
        Sites.sync(oslo, osloAccess);

        assertThat(Sites.sync(chair, access).received()).hasSize(1);
        assertThat(Sites.clause(chair)).contains("fewest");
        BareRepositories.fsck(bare);
    }

    @Test
    void anUnknownHostIsRefusedWithItsFingerprintUntilTheMemberAcceptsThatFingerprint() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("newcomer", false);
        SiteRemotes.add(chair, "origin", server.url(bare));
        String fingerprint = server.hostKeyFingerprint();
        Path knownHosts = home.resolve(".ssh/known_hosts");

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home)))
                .isInstanceOfSatisfying(RemoteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RemoteException.Reason.HOST_KEY_UNKNOWN);
                    assertThat(e.hostKey().fingerprint()).isEqualTo(fingerprint);
                })
                .hasMessage("the host [127.0.0.1]:" + server.port() + " is not known yet: its key's fingerprint is "
                        + fingerprint + "; accept it only if the server's administrator confirms that fingerprint");
        assertThat(knownHosts).doesNotExist();
        assertThat(Files.list(bare.resolve("refs/heads"))).isEmpty();

        // another fingerprint than the server's is no acceptance of the server's key
        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home).acceptingHostKey(
                "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")))
                .isInstanceOf(RemoteException.class).hasMessageContaining(fingerprint);
        assertThat(knownHosts).doesNotExist();

        assertThat(Sites.sync(chair, Sites.access(home).acceptingHostKey(fingerprint)).sent()).hasSize(4);
        assertThat(Files.readString(knownHosts)).contains("[127.0.0.1]:" + server.port());
        // accepted once, known from then on
        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        assertThat(Sites.sync(chair, Sites.access(home)).sent()).hasSize(1);
    }

    @Test
    void aHostWhoseKeyChangedIsRefusedEvenWhenAFingerprintIsAccepted() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("moved", true);
        Path knownHosts = home.resolve(".ssh/known_hosts");
        // known_hosts names another key for this host: the client's own public key stands in for it
        String other = Files.readString(home.resolve(".ssh/id_ed25519.pub")).split(" ")[1];
        Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " ssh-ed25519 " + other + "\n");
        SiteRemotes.add(chair, "origin", server.url(bare));

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home).acceptingHostKey(server.hostKeyFingerprint())))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                        .isEqualTo(RemoteException.Reason.HOST_KEY_CHANGED))
                .hasMessageContaining("has changed");
        assertThat(Files.readString(knownHosts)).contains(other);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedAsAuthentication() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("stranger", true);
        Files.delete(home.resolve(".ssh/id_ed25519"));
        Files.delete(home.resolve(".ssh/id_ed25519.pub"));
        SiteRemotes.add(chair, "origin", server.url(bare));

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home)))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                        .isEqualTo(RemoteException.Reason.AUTHENTICATION))
                .hasMessageContaining("refused the ssh key");
    }

    @Test
    void aKeyHeldOnlyByTheSshAgentSignsWhenTheAgentIsGiven() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("agent-user", true);
        SiteRemotes.add(chair, "origin", server.url(bare));
        try (SshAgentProcess agent = SshAgentProcess.start()) {
            agent.add(home.resolve(".ssh/id_ed25519"));
            // no key file where JGit looks: only the agent has the key
            Files.delete(home.resolve(".ssh/id_ed25519"));
            Files.delete(home.resolve(".ssh/id_ed25519.pub"));

            assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home)))
                    .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                            .isEqualTo(RemoteException.Reason.AUTHENTICATION))
                    .hasMessageContaining("refused the ssh key")
                    .hasMessageContaining("no ssh agent was used");

            assertThat(Sites.sync(chair, Sites.access(home).withAgent(agent.socket())).sent()).hasSize(4);
            Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
            assertThat(Sites.sync(chair, Sites.access(home).withAgent(agent.socket())).sent()).hasSize(1);
        }
        BareRepositories.fsck(bare);
    }

    @Test
    void aKeyWithAPassphraseIsAskedForOnceASyncAndNeverKept() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("careful", true, "correct horse");
        SiteRemotes.add(chair, "origin", server.url(bare));
        List<Path> asked = new ArrayList<>();
        PassphrasePrompt member = key -> {
            asked.add(key);
            return Optional.of("correct horse".toCharArray());
        };

        assertThat(Sites.sync(chair, Sites.access(home).withPassphrases(member)).sent()).hasSize(4);
        // fetch and push: one question
        assertThat(asked).containsExactly(home.resolve(".ssh/id_ed25519"));
        assertThat(chair.resolve(".git/config")).content().doesNotContain("correct horse");
        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        assertThat(Sites.sync(chair, Sites.access(home).withPassphrases(member)).sent()).hasSize(1);
        assertThat(asked).hasSize(2);
    }

    @Test
    void aWrongPassphraseIsRefusedWithTheKeyNamed() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("forgetful", true, "correct horse");
        SiteRemotes.add(chair, "origin", server.url(bare));
        Path key = home.resolve(".ssh/id_ed25519");

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home)
                .withPassphrases(k -> Optional.of("battery staple".toCharArray()))))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                        .isEqualTo(RemoteException.Reason.AUTHENTICATION))
                .hasMessageStartingWith("the passphrase given for the ssh key " + key + " is not its passphrase");
        assertThat(Files.list(bare.resolve("refs/heads"))).isEmpty();
    }

    @Test
    void aPassphraseNobodyCanTypeIsRefusedSayingHowToUseTheAgent() throws Exception {
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Path chair = Sites.sample(temp.resolve("chair"));
        Path home = server.clientHome("unattended", true, "correct horse");
        SiteRemotes.add(chair, "origin", server.url(bare));
        Path key = home.resolve(".ssh/id_ed25519");

        assertThatThrownBy(() -> Sites.sync(chair, Sites.access(home)))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                        .isEqualTo(RemoteException.Reason.AUTHENTICATION))
                .hasMessageStartingWith("the ssh key " + key + " has a passphrase and none was given")
                .hasMessageContaining("ssh-add " + key);
    }
}
