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
        for (String variable : List.of("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME",
                "GIT_COMMITTER_EMAIL", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")) {
            builder.environment().remove(variable);
        }
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

    /** Runs git as the member named {@code author} (the author and committer of what it commits). */
    public String runAs(String author, String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-c", "user.name=" + author, "-c", "user.email=member@example.org"));
        all.addAll(List.of(arguments));
        return run(all.toArray(String[]::new));
    }

    /** Commits everything staged as the member named {@code author}, as that member would with git. */
    public void commitAs(String author, String message) throws IOException, InterruptedException {
        runAs(author, "commit", "-q", "-m", message);
    }
}
