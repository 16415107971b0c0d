package org.clausewright.servers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/** The programs the test servers run: found, or the test fails naming the Debian package to install. */
public final class Programs {
    private Programs() {
    }

    /** The program at {@code path}; a missing one fails the test (never skips it) with what to install. */
    public static Path require(String path, String debianPackage) {
        Path program = Path.of(path);
        if (!Files.isExecutable(program)) {
            fail(path + " is missing: install the Debian package " + debianPackage + " (apt-get install -y "
                    + debianPackage + "; .ci/run does it)");
        }
        return program;
    }

    /** A file a server loads (a module), as {@link #require} for a program. */
    public static Path requireFile(String path, String debianPackage) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            fail(path + " is missing: install the Debian package " + debianPackage + " (apt-get install -y "
                    + debianPackage + "; .ci/run does it)");
        }
        return file;
    }

    public static Path git() {
        return require("/usr/bin/git", "git");
    }

    /** Runs a program to its end and returns what it printed; a failure fails the test with its output. */
    public static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        return run(dir, command, java.util.Map.of());
    }

    public static String run(Path dir, List<String> command, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within two minutes");
        }
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + out);
        }
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until a server started by a test takes connections; fails with its log if it stopped instead. */
    static void awaitListening(Process server, int port, Path log) throws IOException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (!server.isAlive()) {
                fail("the test server stopped at once:\n" + (Files.exists(log) ? Files.readString(log) : ""));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        server.destroyForcibly();
        fail("the test server did not listen on port " + port + ":\n"
                + (Files.exists(log) ? Files.readString(log) : ""));
    }

    static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
