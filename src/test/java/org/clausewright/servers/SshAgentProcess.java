package org.clausewright.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/**
 * OpenSSH's ssh-agent, started by the test in the foreground on a socket of its own (never the member's agent) and
 * stopped by it; keys are added with ssh-add.
 */
public final class SshAgentProcess implements AutoCloseable {
    private final Path socket;
    private final Process process;

    private SshAgentProcess(Path socket, Process process) {
        this.socket = socket;
        this.process = process;
    }

    /** An agent listening in a new short folder (a socket's path may not be much over 100 bytes). */
    public static SshAgentProcess start() throws IOException, InterruptedException {
        Path agent = Programs.require("/usr/bin/ssh-agent", "openssh-client");
        Path socket = Files.createTempDirectory("cw-agent").resolve("agent.sock");
        Path log = socket.resolveSibling("agent.log");
        Process process = new ProcessBuilder(agent.toString(), "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            if (!process.isAlive()) {
                fail("ssh-agent stopped at once:\n" + Files.readString(log));
            }
            Thread.sleep(25);
        }
        if (!Files.exists(socket)) {
            Programs.stop(process);
            fail("ssh-agent made no socket at " + socket + ":\n" + Files.readString(log));
        }
        return new SshAgentProcess(socket, process);
    }

    /** Gives the agent the private key in {@code key} (one without a passphrase). */
    public void add(Path key) throws IOException, InterruptedException {
        Programs.require("/usr/bin/ssh-add", "openssh-client");
        Programs.run(null, List.of("ssh-add", "-q", key.toString()), Map.of("SSH_AUTH_SOCK", socket.toString()));
    }

    /** The socket, as SSH_AUTH_SOCK names it. */
    public String socket() {
        return socket.toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Programs.stop(process);
        Files.deleteIfExists(socket);
        Files.deleteIfExists(socket.resolveSibling("agent.log"));
        Files.deleteIfExists(socket.getParent());
    }
}
