package org.clausewright.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real git command line, run in a folder as a member would run it. A machine without git fails the test
 * that needs it (the process cannot start): interoperability is not checked by skipping it.
 */
public final class GitProgram {
    private final Path folder;

    private GitProgram(Path folder) {
        this.folder = folder;
    }

    public static GitProgram in(Path folder) {
        return new GitProgram(folder);
    }

    /** Runs git with the arguments; returns its standard output, or fails with what git said. */
    public String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        // a member's or the machine's own settings must not change what the test sees
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_AUTHOR_EMAIL", "member@example.org");
        builder.environment().put("GIT_COMMITTER_EMAIL", "member@example.org");
        builder.environment().put("GIT_COMMITTER_NAME", "Git Member");
        builder.environment().putIfAbsent("GIT_AUTHOR_NAME", "Git Member");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("git " + String.join(" ", arguments) + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", arguments) + " failed (" + process.exitValue() + "): "
                    + text);
        }
        return text;
    }

    /** Commits everything staged with the given author's name, as that member would with git. */
    public void commitAs(String author, String message) throws IOException, InterruptedException {
        run("-c", "user.name=" + author, "-c", "user.email=member@example.org", "commit", "-q",
                "--author=" + author + " <member@example.org>", "-m", message);
    }
}
