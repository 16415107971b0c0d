package org.clausewright.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.clausewright.app.ConflictsFile;
import org.clausewright.servers.BareRepositories;
import org.clausewright.servers.HttpGitServer;
import org.clausewright.servers.SshAgentProcess;
import org.clausewright.servers.SshGitServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** clone, remote, sync and bundle on the command line: what they print and their exit codes. */
class SyncCommandsTest {
    @TempDir
    Path temp;

    private Path sample(String name) {
        Path dir = temp.resolve(name);
        assertThat(CliRun.of("new", dir.toString(), "--sample").exit()).isZero();
        return dir;
    }

    private Map<String, String> env(Path home) {
        return Map.of("HOME", home.toString(), "PATH", System.getenv("PATH"));
    }

    @Test
    void remotesAreListedAddedAndRemovedInTheRepositorysConfig() throws Exception {
        Path dir = sample("chair");
        Path bare = BareRepositories.create(temp.resolve("code.git"));

        assertThat(CliRun.of("remote", dir.toString(), "list").out()).startsWith("No remotes yet");
        CliRun add = CliRun.of("remote", dir.toString(), "add", "origin", bare.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(CliRun.of("remote", dir.toString(), "list").out()).isEqualTo("origin\t" + bare + "\n");
        assertThat(Files.readString(dir.resolve(".git/config"))).contains("[remote \"origin\"]");
        CliRun twice = CliRun.of("remote", dir.toString(), "add", "origin", bare.toString());
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).isEqualTo("clausewright: the project already has a remote named \"origin\"; remove"
                + " it first, or choose another name\n");
        assertThat(CliRun.of("remote", dir.toString(), "remove", "origin").exit()).isZero();
        assertThat(CliRun.of("remote", dir.toString(), "list").out()).startsWith("No remotes yet");
        assertThat(CliRun.of("remote", dir.toString(), "rename", "a").exit()).isEqualTo(2);
    }

    @Test
    void syncPrintsWhatWentOutAndWhatCameInWithWhoMadeIt() throws Exception {
        Path chair = sample("chair");
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Map<String, String> env = env(temp.resolve("home"));
        CliRun.of("remote", chair.toString(), "add", "origin", bare.toString());

        CliRun first = CliRun.withEnvironment(env, "sync", chair.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Received no versions from origin (" + bare + ").\nSent 4 versions to"
                + " origin (" + bare + "):\n").contains("Working draft 4");

        Path oslo = temp.resolve("oslo");
        CliRun clone = CliRun.withEnvironment(env, "clone", bare.toUri().toString(), oslo.toString());
        assertThat(clone.exit()).as(clone.err()).isZero();
        Path clause = oslo.resolve("clauses/animal-welfare.json");
        Files.writeString(clause, Files.readString(clause).replace("smallest number", "fewest"));
        assertThat(CliRun.of("record", oslo.toString(), "--label", "Fewer animals", "--author", "Ingrid Solberg")
                .exit()).isZero();
        assertThat(CliRun.withEnvironment(env, "sync", oslo.toString()).exit()).isZero();

        CliRun received = CliRun.withEnvironment(env, "sync", chair.toString());
        assertThat(received.exit()).as(received.err()).isZero();
        assertThat(received.out()).containsPattern("Received 1 version from origin \\(.*\\):\n  [0-9a-f]{10} "
                + "\\S+ Ingrid Solberg Fewer animals\n");
        assertThat(CliRun.withEnvironment(env, "sync", chair.toString()).out())
                .isEqualTo("Up to date with origin (" + bare + "): nothing to receive or send.\n");
    }

    @Test
    void aConflictTheCommandLinesSyncListsWaitsInMergeResultsWhenTheWindowOpens() throws Exception {
        Path chair = sample("chair");
        Path bare = BareRepositories.create(temp.resolve("code.git"));
        Map<String, String> env = env(temp.resolve("home"));
        CliRun.of("remote", chair.toString(), "add", "origin", bare.toString());
        assertThat(CliRun.withEnvironment(env, "sync", chair.toString()).exit()).isZero();
        Path oslo = temp.resolve("oslo");
        assertThat(CliRun.withEnvironment(env, "clone", bare.toUri().toString(), oslo.toString()).exit()).isZero();
        retitle(oslo, "Animals in research");
        assertThat(CliRun.of("record", oslo.toString(), "--label", "Oslo", "--author", "Ingrid Solberg").exit())
                .isZero();
        assertThat(CliRun.withEnvironment(env, "sync", oslo.toString()).exit()).isZero();
        retitle(chair, "Research animals");
        assertThat(CliRun.of("record", chair.toString(), "--label", "Chair", "--author", "Ada Chair").exit())
                .isZero();

        CliRun sync = CliRun.withEnvironment(env, "sync", chair.toString());

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("Animals in research");
        // the window's Merge results offers what the file keeps: the other site's heading is not lost
        List<ConflictsFile.Waiting> waiting = ConflictsFile.of(chair).read().waiting();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).conflict().field()).isEqualTo("heading");
        assertThat(waiting.get(0).conflict().theirs()).isEqualTo("Animals in research");
        assertThat(waiting.get(0).from().author()).contains("Ingrid Solberg");
    }

    private static void retitle(Path dir, String heading) throws Exception {
        Path clause = dir.resolve("clauses/animal-welfare.json");
        Files.writeString(clause, Files.readString(clause).replace("\"heading\": \"Care of research animals\"",
                "\"heading\": \"" + heading + "\""));
    }

    @Test
    void anUnknownHostKeyExitsWithItsFingerprintAndHowToAcceptIt() throws Exception {
        try (SshGitServer server = SshGitServer.start(temp.resolve("sshd"))) {
            Path home = server.clientHome("member", false);
            Path bare = BareRepositories.create(temp.resolve("code.git"));
            Path chair = sample("chair");
            CliRun.of("remote", chair.toString(), "add", "origin", server.url(bare));
            String fingerprint = server.hostKeyFingerprint();

            CliRun refused = CliRun.withEnvironment(env(home), "sync", chair.toString());

            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).isEqualTo("clausewright: the host [127.0.0.1]:" + server.port() + " is not known"
                    + " yet: its key's fingerprint is " + fingerprint + "; accept it only if the server's administrator"
                    + " confirms that fingerprint; to accept it: clausewright sync " + chair + " --accept-host-key "
                    + fingerprint + "\n");
            CliRun accepted = CliRun.withEnvironment(env(home), "sync", chair.toString(), "--accept-host-key",
                    fingerprint);
            assertThat(accepted.exit()).as(accepted.err()).isZero();
            assertThat(accepted.out()).contains("Sent 4 versions to origin");
            assertThat(home.resolve(".ssh/known_hosts")).exists();
        }
    }

    @Test
    void aPasswordFromTheAskpassProgramIsUsedAndAWrongOneExitsWithOneLine() throws Exception {
        try (HttpGitServer server = HttpGitServer.start(temp.resolve("http"), "ingrid", "s3cret")) {
            String url = server.newRepository("code");
            Path chair = sample("chair");
            CliRun.of("remote", chair.toString(), "add", "origin", url);
            Path wrong = askpass("wrong", "ingrid", "guess");
            Path right = askpass("right", "ingrid", "s3cret");

            CliRun refused = CliRun.withEnvironment(Map.of("HOME", temp.resolve("home").toString(),
                    "PATH", System.getenv("PATH"), "GIT_ASKPASS", wrong.toString()), "sync", chair.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).isEqualTo("clausewright: " + url + " refused the user name and password (or"
                    + " token)\n");

            CliRun synced = CliRun.withEnvironment(Map.of("HOME", temp.resolve("home").toString(),
                    "PATH", System.getenv("PATH"), "GIT_ASKPASS", right.toString()), "sync", chair.toString());
            assertThat(synced.exit()).as(synced.err()).isZero();
            assertThat(synced.out()).contains("Sent 4 versions to origin");
        }
    }

    @Test
    void aKeysPassphraseComesFromTheAskpassProgramOrTheAgentAndWithNeitherTheExitSaysHowToUseTheAgent()
            throws Exception {
        try (SshGitServer server = SshGitServer.start(temp.resolve("sshd"));
             SshAgentProcess agent = SshAgentProcess.start()) {
            Path home = server.clientHome("member", true, "correct horse");
            Path key = home.resolve(".ssh/id_ed25519");
            Path bare = BareRepositories.create(temp.resolve("code.git"));
            Path chair = sample("chair");
            CliRun.of("remote", chair.toString(), "add", "origin", server.url(bare));

            CliRun alone = CliRun.withEnvironment(env(home), "sync", chair.toString());
            assertThat(alone.exit()).isEqualTo(1);
            assertThat(alone.err()).isEqualTo("clausewright: the ssh key " + key + " has a passphrase and none was"
                    + " given; nothing was exchanged with " + server.url(bare) + ": type it when asked, or add the key"
                    + " to the ssh agent (ssh-add " + key + ") so that it is not asked for\n");

            CliRun typed = CliRun.withEnvironment(Map.of("HOME", home.toString(), "PATH", System.getenv("PATH"),
                    "GIT_ASKPASS", askpass("passphrase", "-", "correct horse").toString()), "sync", chair.toString());
            assertThat(typed.exit()).as(typed.err()).isZero();
            assertThat(typed.out()).contains("Sent 4 versions to origin");

            // a key the agent holds: its file elsewhere, the agent named by SSH_AUTH_SOCK as a login session does
            Path other = server.clientHome("laptop", true);
            agent.add(other.resolve(".ssh/id_ed25519"));
            Files.delete(other.resolve(".ssh/id_ed25519"));
            Path clause = chair.resolve("clauses/animal-welfare.json");
            Files.writeString(clause, Files.readString(clause).replace("smallest number", "fewest"));
            assertThat(CliRun.of("record", chair.toString(), "--label", "Fewer", "--author", "Chair").exit()).isZero();
            CliRun viaAgent = CliRun.withEnvironment(Map.of("HOME", other.toString(), "PATH", System.getenv("PATH"),
                    "SSH_AUTH_SOCK", agent.socket()), "sync", chair.toString());
            assertThat(viaAgent.exit()).as(viaAgent.err()).isZero();
            assertThat(viaAgent.out()).contains("Sent 1 version to origin");
        }
    }

    @Test
    void anUntrustedCertificateExitsWithItsFingerprintAndHowToTrustItForTheProject() throws Exception {
        try (HttpGitServer server = HttpGitServer.startTls(temp.resolve("https"), "ingrid", "s3cret")) {
            String url = server.newRepository("code");
            String host = url.substring(0, url.indexOf("/git/"));
            String fingerprint = server.certificateFingerprint();
            Path chair = sample("chair");
            CliRun.of("remote", chair.toString(), "add", "origin", url);
            Map<String, String> env = Map.of("HOME", temp.resolve("home").toString(), "PATH", System.getenv("PATH"),
                    "GIT_ASKPASS", askpass("right", "ingrid", "s3cret").toString());

            CliRun refused = CliRun.withEnvironment(env, "sync", chair.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).isEqualTo("clausewright: the certificate of " + host + " is signed by no"
                    + " authority this computer trusts; its SHA-256 fingerprint is " + fingerprint + "; trust it for"
                    + " this project only if the server's administrator confirms that fingerprint; to trust it:"
                    + " clausewright sync " + chair + " --trust-certificate " + fingerprint + "\n");

            CliRun trusted = CliRun.withEnvironment(env, "sync", chair.toString(), "--trust-certificate",
                    fingerprint);
            assertThat(trusted.exit()).as(trusted.err()).isZero();
            assertThat(trusted.out()).contains("Sent 4 versions to origin");
            Path copy = temp.resolve("copy");
            CliRun clone = CliRun.withEnvironment(env, "clone", url, copy.toString(), "--trust-certificate",
                    fingerprint);
            assertThat(clone.exit()).as(clone.err()).isZero();
            assertThat(CliRun.withEnvironment(env, "sync", copy.toString()).exit()).isZero();
        }
    }

    private Path askpass(String name, String user, String password) throws Exception {
        Path script = temp.resolve(name + "-askpass");
        Files.writeString(script, "#!/bin/sh\ncase \"$1\" in\n  Username*) echo '" + user + "' ;;\n  *) echo '"
                + password + "' ;;\nesac\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void bundlesAreWrittenAndAppliedFromTheCommandLine() throws Exception {
        Path chair = sample("chair");
        Path oslo = temp.resolve("oslo");
        Path mail = temp.resolve("all.bundle");
        CliRun create = CliRun.of("bundle", "create", chair.toString(), "-o", mail.toString());
        assertThat(create.exit()).as(create.err()).isZero();
        assertThat(create.out()).startsWith("Wrote 4 versions to " + mail + " (latest ");
        assertThat(CliRun.withEnvironment(env(temp.resolve("home")), "clone", mail.toString(), oslo.toString())
                .exit()).isZero();
        Path clause = oslo.resolve("clauses/animal-welfare.json");
        Files.writeString(clause, Files.readString(clause).replace("smallest number", "fewest"));
        CliRun.of("record", oslo.toString(), "--label", "Fewer animals", "--author", "Ingrid Solberg");
        Path back = temp.resolve("back.bundle");
        assertThat(CliRun.of("bundle", "create", oslo.toString(), "-o", back.toString(), "--since", "Working draft 4")
                .out()).startsWith("Wrote 1 version to");

        CliRun apply = CliRun.of("bundle", "apply", chair.toString(), back.toString());
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Received 1 version from back.bundle:").contains("Ingrid Solberg Fewer animals");
        assertThat(CliRun.of("bundle").exit()).isEqualTo(2);
    }
}
