package org.clausewright;

import org.clausewright.app.BundledSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program as started for the window ({@code open DIR}): JavaFX starts beside the command line's parsing
 * (docs/decisions/window-start.md, session 25), in a process of its own on JavaFX's headless platform. The
 * window still opens on the project, and a command that turns out not to open it still ends.
 */
class WindowStartedBesideTest {
    @TempDir
    Path temp;

    @Test
    void openWithHelpPrintsTheUsageAndEnds() throws Exception {
        Process process = start("open", "--help");

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the process ended").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(temp.resolve("out.txt"))).startsWith("Usage: clausewright open");
    }

    @Test
    void openShowsTheDraftOfTheProject() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        Path prefs = Files.createDirectories(temp.resolve("prefs/.java/.userPrefs/org/clausewright"));
        Files.writeString(prefs.resolve("prefs.xml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
                <map MAP_XML_VERSION="1.0">
                  <entry key="member.name" value="Test Member"/>
                  <entry key="member.initials" value="TM"/>
                </map>
                """);
        Process process = start("open", dir.toString());
        try {
            // the startup log goes where standard error goes: the log file
            Path logFile = temp.resolve("state/clausewright/clausewright.0.log");
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!read(logFile).contains("draft laid out") && process.isAlive() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            String log = read(logFile);
            assertThat(log).as("the window's start").contains("waiting for JavaFX", "project read", "draft laid out");
            assertThat(process.isAlive()).as("the window stays open").isTrue();
        } finally {
            process.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }
    }

    private static String read(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Djava.util.prefs.userRoot=" + temp.resolve("prefs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dclausewright.startupLog", "-cp", System.getProperty("java.class.path"), "org.clausewright.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(temp.resolve("err.txt").toFile())
                .redirectOutput(temp.resolve("out.txt").toFile());
        builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        return builder.start();
    }
}
