package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Scripted use on a server with no display: the subcommands must never load JavaFX. */
class HeadlessCommandsTest {
    @TempDir
    Path temp;

    @Test
    void subcommandsRunWithoutLoadingJavaFx() throws Exception {
        Path dir = temp.resolve("p");
        Result created = run("new", dir.toString(), "--sample");
        assertThat(created.exit).as(created.output).isZero();
        for (String[] args : List.of(new String[]{"validate", dir.toString()}, new String[]{"log", dir.toString()},
                new String[]{"diff", dir.toString(), "Working draft 1", "working"},
                new String[]{"outline", dir.toString()}, new String[]{"brackets", dir.toString()},
                new String[]{"status", dir.toString()},
                new String[]{"decide", dir.toString(), "1.1", "--status", "under-discussion", "--author", "Test"},
                new String[]{"freeze", dir.toString(), "--author", "Test"})) {
            Result result = run(args);
            assertThat(result.exit).as(String.join(" ", args) + "\n" + result.output).isZero();
            assertThat(result.output).as(args[0]).doesNotContain("javafx.").doesNotContain("com.sun.glass");
        }
        assertThat(created.output).doesNotContain("javafx.");
    }

    @Test
    void theHistoryNeverStartsTheGitProgram() throws Exception {
        // A `git` first on the PATH that leaves a mark when started: JGit used to run it twice per command
        // to find the machine-wide configuration.
        Path bin = java.nio.file.Files.createDirectories(temp.resolve("bin"));
        Path mark = temp.resolve("git-was-started");
        Path git = bin.resolve("git");
        java.nio.file.Files.writeString(git, "#!/bin/sh\ntouch '" + mark + "'\nexit 1\n");
        assertThat(git.toFile().setExecutable(true)).isTrue();
        String path = bin + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
        Path dir = temp.resolve("p");
        for (String[] args : List.of(new String[]{"new", dir.toString(), "--sample"}, new String[]{"log", dir.toString()},
                new String[]{"record", dir.toString(), "--label", "Again", "--author", "Test"},
                new String[]{"export", dir.toString(), "-o", temp.resolve("d.docx").toString(), "--compare",
                        "Working draft 1"})) {
            Result result = run(java.util.Map.of("PATH", path), args);
            assertThat(result.exit).as(String.join(" ", args) + "\n" + result.output).isZero();
        }
        assertThat(mark).as("the git program was started").doesNotExist();
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), args);
    }

    private static Result run(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.clausewright.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }
}
