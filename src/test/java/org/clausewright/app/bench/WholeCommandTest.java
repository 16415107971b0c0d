package org.clausewright.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench times a whole command as a member runs it: the launcher of a source checkout when there is one. */
class WholeCommandTest {
    @TempDir
    Path checkout;

    @Test
    void theJarOfACheckoutWithItsLauncherRunsThroughTheLauncher() throws Exception {
        Path jar = jar();
        Path launcher = Files.createDirectories(checkout.resolve("bin")).resolve("clausewright");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();

        WholeCommand command = WholeCommand.of(jar.toString(), "/opt/java/bin/java");

        assertThat(command.name()).isEqualTo("bin/clausewright");
        assertThat(command.with("export", "my project")).containsExactly(launcher.toString(), "export", "my project");
    }

    @Test
    void aJarWithoutALauncherBesideItRunsWithJavaJar() throws Exception {
        Path jar = jar();

        WholeCommand command = WholeCommand.of(jar.toString(), "/opt/java/bin/java");

        assertThat(command.name()).isEqualTo("java -jar");
        assertThat(command.with("log", "p")).containsExactly("/opt/java/bin/java", "-jar", jar.toString(), "log", "p");
    }

    @Test
    void anotherJarBesideTheLauncherIsNotWhatTheLauncherRuns() throws Exception {
        Files.createDirectories(checkout.resolve("bin"));
        Path launcher = checkout.resolve("bin").resolve("clausewright");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path thin = Files.createDirectories(checkout.resolve("target")).resolve("clausewright-0.1.0-SNAPSHOT.jar");
        Files.writeString(thin, "");

        assertThat(WholeCommand.of(thin.toString(), "java").name()).isEqualTo("java -jar");
    }

    @Test
    void anInstalledPackageRunsThroughItsOwnCommand() throws Exception {
        Path app = Files.createDirectories(checkout.resolve("lib").resolve("app"));
        Path jar = Files.writeString(app.resolve("clausewright.jar"), "");
        Path launcher = Files.createDirectories(checkout.resolve("bin")).resolve("clausewright");
        Files.writeString(launcher, "#!/bin/sh\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        String classPath = jar + File.pathSeparator + app.resolve("picocli-4.7.7.jar");

        WholeCommand command = WholeCommand.of(classPath, checkout.resolve("lib/runtime/bin/java").toString());

        assertThat(command.name()).isEqualTo("the installed clausewright");
        assertThat(command.with("export", "p")).containsExactly(launcher.toString(), "export", "p");
    }

    @Test
    void theClassesFolderRunsTheMainClass() {
        String classPath = "target/classes" + File.pathSeparator + "lib/picocli.jar";

        WholeCommand command = WholeCommand.of(classPath, "java");

        assertThat(command.with("log", "p")).containsExactly("java", "-cp", classPath, "org.clausewright.Main", "log", "p");
    }

    private Path jar() throws Exception {
        Path jar = Files.createDirectories(checkout.resolve("target")).resolve("clausewright.jar");
        Files.writeString(jar, "");
        return jar;
    }
}
