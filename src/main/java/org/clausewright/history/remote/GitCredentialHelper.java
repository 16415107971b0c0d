package org.clausewright.history.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.transport.URIish;

/**
 * Keeps passwords with git's own {@code git credential fill/approve/reject}, so that the helper the member set up
 * for git (the operating system's keychain, libsecret, Git Credential Manager) keeps them for Clausewright too.
 * When no helper is set up, git's own file store ({@code credential.helper=store}, ~/.git-credentials, 0600) keeps
 * them, so that the member is asked once, not at every sync.
 */
final class GitCredentialHelper implements CredentialStore {
    private static final long TIMEOUT_SECONDS = 30;
    private final Path git;
    private final Path home;

    GitCredentialHelper(Path git, Path home) {
        this.git = git;
        this.home = home;
    }

    @Override
    public Optional<Login> fill(URIish server) throws IOException {
        Result result = run(helperOptions(), "fill", describe(server, null));
        if (result.exit != 0) {
            return Optional.empty(); // no helper knows it, and git must not ask on the terminal itself
        }
        Map<String, String> answer = parse(result.out);
        String user = answer.get("username");
        String password = answer.get("password");
        return user == null || password == null ? Optional.empty() : Optional.of(new Login(user, password));
    }

    @Override
    public void approve(URIish server, Login login) throws IOException {
        require(run(helperOptions(), "approve", describe(server, login)), "keep the password for " + host(server));
    }

    @Override
    public void reject(URIish server, Login login) throws IOException {
        require(run(helperOptions(), "reject", describe(server, login)), "forget the password for " + host(server));
    }

    private List<String> helperOptions() throws IOException {
        Result configured = run(List.of(), null, "");
        return configured.exit == 0 && !configured.out.isBlank() ? List.of() : List.of("-c", "credential.helper=store");
    }

    private Result run(List<String> options, String action, String input) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(git.toString());
        command.addAll(options);
        if (action == null) {
            command.addAll(List.of("config", "--get-all", "credential.helper"));
        } else {
            command.addAll(List.of("credential", action));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        // the member is asked by Clausewright (terminal or dialog), never by git behind its back
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.remove("GIT_ASKPASS");
        env.remove("SSH_ASKPASS");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = readAll(process.getInputStream());
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git credential did not answer within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking git for a password", e);
        }
        return new Result(process.exitValue(), out);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void require(Result result, String what) throws IOException {
        if (result.exit != 0) {
            throw new IOException("git could not " + what + " (git credential exited with " + result.exit + ")");
        }
    }

    static String describe(URIish server, Login login) {
        StringBuilder text = new StringBuilder();
        text.append("protocol=").append(server.getScheme()).append('\n');
        text.append("host=").append(host(server)).append('\n');
        String user = login != null ? login.user() : server.getUser();
        if (user != null) {
            text.append("username=").append(user).append('\n');
        }
        if (login != null) {
            text.append("password=").append(login.password()).append('\n');
        }
        return text.append('\n').toString();
    }

    static String host(URIish server) {
        return server.getPort() > 0 ? server.getHost() + ":" + server.getPort() : server.getHost();
    }

    private static Map<String, String> parse(String out) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    private record Result(int exit, String out) {
    }
}
