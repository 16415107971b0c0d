package org.clausewright.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clausewright.history.remote.CredentialPrompt;
import org.clausewright.history.remote.Login;
import org.clausewright.history.remote.RemoteAccess;
import org.clausewright.history.remote.RemoteException;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.HttpGitServer;
import org.clausewright.servers.Programs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Smart HTTP through git http-backend behind lighttpd, with basic authentication. */
class SyncOverHttpTest {
    private static final String PASSWORD = "correct horse";
    private static HttpGitServer server;

    @TempDir
    static Path serverDir;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = HttpGitServer.start(serverDir, "ingrid", PASSWORD);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Answers as a member would, and counts how often it was asked. */
    private record Member(AtomicInteger asked, String password) implements CredentialPrompt {
        Member(String password) {
            this(new AtomicInteger(), password);
        }

        @Override
        public Optional<Login> ask(String address, String user) {
            asked.incrementAndGet();
            return Optional.of(new Login("ingrid", password));
        }
    }

    @Test
    void thePasswordIsAskedOnceKeptTheWayGitKeepsItAndNeverInTheProject() throws Exception {
        String url = server.newRepository("kept");
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", url);
        Member member = new Member(PASSWORD);
        Path home = Files.createDirectories(temp.resolve("home"));
        RemoteAccess access = new RemoteAccess(home, member, null, Optional.of(Programs.git()));

        assertThat(Sites.sync(chair, access).sent()).hasSize(4);
        Sites.editAndRecord(chair, "smallest number", "fewest", "Chair");
        assertThat(Sites.sync(chair, access).sent()).hasSize(1);

        assertThat(member.asked()).hasValue(1);
        Path kept = home.resolve(".git-credentials");
        assertThat(Files.readString(kept)).contains("ingrid").contains("127.0.0.1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.walk(chair)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(PASSWORD).doesNotContain("correct%20horse");
            }
        }
        BareRepositories.fsck(server.repository("kept"));
    }

    @Test
    void withoutTheGitProgramThePasswordIsKeptInGitCredentialsReadableByTheMemberAlone() throws Exception {
        String url = server.newRepository("nogit");
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", url);
        Member member = new Member(PASSWORD);
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve(".git-credentials"), "https://li:pw@elsewhere.example.org\n");
        RemoteAccess access = new RemoteAccess(home, member, null, Optional.empty());

        Sites.sync(chair, access);
        Path copy = temp.resolve("copy");
        ProjectClone.clone(url, copy, access, TransferProgress.NONE);

        assertThat(member.asked()).hasValue(1);
        Path kept = home.resolve(".git-credentials");
        assertThat(Files.readAllLines(kept)).containsExactly("https://li:pw@elsewhere.example.org",
                url.substring(0, url.indexOf("/git/")).replace("http://", "http://ingrid:correct%20horse@"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(Sites.clause(copy)).isEqualTo(Sites.clause(chair));
    }

    @Test
    void aWrongPasswordIsRefusedInOneLineAndNothingIsSentOrKept() throws Exception {
        String url = server.newRepository("refused");
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", url);
        Member member = new Member("wrong password");
        Path home = Files.createDirectories(temp.resolve("home"));
        RemoteAccess access = new RemoteAccess(home, member, null, Optional.of(Programs.git()));

        assertThatThrownBy(() -> Sites.sync(chair, access))
                .isInstanceOfSatisfying(RemoteException.class, e -> assertThat(e.reason())
                        .isEqualTo(RemoteException.Reason.AUTHENTICATION))
                .hasMessage("http://127.0.0.1:" + url.split(":")[2].split("/")[0] + "/git/refused.git refused the"
                        + " user name and password (or token)");
        assertThat(member.asked()).hasValue(1);
        assertThat(home.resolve(".git-credentials")).doesNotExist();
        assertThat(Files.list(server.repository("refused").resolve("refs/heads"))).isEmpty();
    }

    @Test
    void aKeptPasswordTheServerNoLongerTakesIsForgottenAndTheMemberAsked() throws Exception {
        String url = server.newRepository("changed");
        Path chair = Sites.sample(temp.resolve("chair"));
        SiteRemotes.add(chair, "origin", url);
        Path home = Files.createDirectories(temp.resolve("home"));
        String address = url.substring(0, url.indexOf("/git/"));
        Files.writeString(home.resolve(".git-credentials"), address.replace("http://", "http://ingrid:old@") + "\n");
        Member member = new Member(PASSWORD);

        Sites.sync(chair, new RemoteAccess(home, member, null, Optional.empty()));

        assertThat(member.asked()).hasValue(1);
        assertThat(Files.readAllLines(home.resolve(".git-credentials")))
                .containsExactly(address.replace("http://", "http://ingrid:correct%20horse@"));
        assertThat(List.of(Files.list(server.repository("changed").resolve("refs/heads")).toArray())).hasSize(1);
    }
}
