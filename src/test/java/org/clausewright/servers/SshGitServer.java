package org.clausewright.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenSSH's sshd on loopback, started by the test with its own configuration, a generated host key and a
 * generated client key as the only authorized key. The client's home (its .ssh with the key, and a known_hosts
 * naming the server unless the test wants an unknown host) is a temporary folder: the real ~/.ssh is never used.
 */
public final class SshGitServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process process;
    private final Path hostKey;

    private SshGitServer(Path dir, int port, Process process, Path hostKey) {
        this.dir = dir;
        this.port = port;
        this.process = process;
        this.hostKey = hostKey;
    }

    public static SshGitServer start(Path dir) throws IOException, InterruptedException {
        Path sshd = Programs.require("/usr/sbin/sshd", "openssh-server");
        Files.createDirectories(dir);
        Path hostKey = keyPair(dir.resolve("host_key"));
        Path authorized = dir.resolve("authorized_keys");
        Files.createFile(authorized);
        if ("root".equals(System.getProperty("user.name"))) {
            // sshd started by root wants its privilege-separation folder, which the package's service makes
            Files.createDirectories(Path.of("/run/sshd"));
        }
        int port = Programs.freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "AuthorizedKeysFile " + authorized,
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "PermitRootLogin prohibit-password",
                "PidFile " + dir.resolve("sshd.pid"),
                "LogLevel ERROR",
                ""));
        Path log = dir.resolve("sshd.log");
        Process process = new ProcessBuilder(sshd.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Programs.awaitListening(process, port, log);
        return new SshGitServer(dir, port, process, hostKey);
    }

    /**
     * A member's home whose .ssh holds a new key the server accepts, and, when {@code knowsHost}, a known_hosts
     * with the server's key.
     */
    public Path clientHome(String name, boolean knowsHost) throws IOException, InterruptedException {
        return clientHome(name, knowsHost, "");
    }

    /** As {@link #clientHome(String, boolean)}, the key protected by {@code passphrase} (none when empty). */
    public Path clientHome(String name, boolean knowsHost, String passphrase) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve(name));
        Path ssh = Files.createDirectories(home.resolve(".ssh"));
        Path key = keyPair(ssh.resolve("id_ed25519"), passphrase);
        Files.writeString(dir.resolve("authorized_keys"), Files.readString(key.resolveSibling("id_ed25519.pub")),
                java.nio.file.StandardOpenOption.APPEND);
        if (knowsHost) {
            String[] hostPublic = Files.readString(hostKey.resolveSibling("host_key.pub")).strip().split(" ");
            Files.writeString(ssh.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostPublic[0] + " "
                    + hostPublic[1] + "\n");
        }
        return home;
    }

    /** The server's key's fingerprint as ssh-keygen shows it ({@code SHA256:…}). */
    public String hostKeyFingerprint() throws IOException, InterruptedException {
        String out = Programs.run(null, List.of("ssh-keygen", "-l", "-E", "sha256", "-f",
                hostKey.resolveSibling("host_key.pub").toString()));
        return out.split(" ")[1];
    }

    public String url(Path repository) {
        return "ssh://" + System.getProperty("user.name") + "@127.0.0.1:" + port + repository.toAbsolutePath();
    }

    public int port() {
        return port;
    }

    private static Path keyPair(Path key) throws IOException, InterruptedException {
        return keyPair(key, "");
    }

    private static Path keyPair(Path key, String passphrase) throws IOException, InterruptedException {
        Programs.require("/usr/bin/ssh-keygen", "openssh-client");
        Programs.run(null, List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "clausewright-test",
                "-f", key.toString()));
        return key;
    }

    @Override
    public void close() throws InterruptedException {
        Programs.stop(process);
    }
}
