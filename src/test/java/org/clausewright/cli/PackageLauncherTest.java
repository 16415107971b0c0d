package org.clausewright.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installed package's command, src/installer/linux/clausewright, in a package laid out as jpackage lays it out
 * (bin/, lib/app/ with Clausewright.cfg, lib/runtime/) with a real Java as its runtime: the Java 17 a package built
 * without a Java 25 carries, and a Java 25 with a start-up cache trained through the command itself. The jar is
 * made from the compiled classes (the tests run before `package`). scripts/check-installer checks the real package.
 */
class PackageLauncherTest {
    @TempDir
    Path temp;

    private Path opt;
    private Path project;

    @BeforeEach
    void layOut() throws IOException {
        opt = temp.resolve("opt").resolve("clausewright");
        Path bin = Files.createDirectories(opt.resolve("bin"));
        Files.copy(Path.of("src", "installer", "linux", "clausewright"), bin.resolve("clausewright"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Path app = Files.createDirectories(opt.resolve("lib").resolve("app"));
        LauncherRealJavaTest.writeJar(app.resolve("clausewright.jar"));
        Files.writeString(app.resolve("Clausewright.cfg"), """
                [Application]
                app.classpath=$APPDIR/clausewright.jar
                app.mainclass=org.clausewright.Main
                """, StandardCharsets.UTF_8);
        Files.createDirectories(opt.resolve("lib").resolve("runtime").resolve("bin"));
        project = temp.resolve("model code");
    }

    @Test
    void aPackageCarryingJava17RunsTheCommandLineWithoutAStartUpCache() throws Exception {
        runtime(Path.of(System.getProperty("java.home"), "bin", "java"));

        List<Run> runs = commands();

        for (Run run : runs) {
            assertThat(run.exit()).as(run.command() + ": " + run.err()).isZero();
            assertThat(run.err()).as(run.command()).isEmpty();
        }
        assertThat(runs.get(0).out()).startsWith("Clausewright ");
        assertThat(temp.resolve("draft.docx")).isNotEmptyFile();
    }

    @Test
    void aPackageCarryingJava25UsesTheCacheItsCommandTrained() throws Exception {
        Optional<Path> java25 = LauncherRealJavaTest.installedJava25();
        assertThat(java25).as("this test runs the package's command on a Java 25 or later, and there is none in "
                + "/usr/lib/jvm: install one there (CI machines have /usr/lib/jvm/temurin-25-jdk-amd64)").isPresent();
        runtime(java25.get());
        Path cache = opt.resolve("lib").resolve("app").resolve("clausewright.aot");
        Run trained = run(Map.of("CLAUSEWRIGHT_AOT_OUTPUT", cache.toString()), "--version");
        assertThat(trained.exit()).as(trained.err()).isZero();
        assertThat(cache).isNotEmptyFile();

        List<Run> runs = commands();

        for (Run run : runs) {
            assertThat(run.exit()).as(run.command() + ": " + run.err()).isZero();
            assertThat(run.err()).as(run.command()).isEmpty();
        }
        // the export (which leaves the cache's training profiles unused) still loads its classes from the cache
        Path classes = temp.resolve("classes.log");
        Run export = run(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classes), "export",
                project.toString(), "-o", temp.resolve("again.docx").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readAllLines(classes)).anyMatch(line ->
                line.contains("org.clausewright.Main source: shared objects file"));
    }

    /** --version, a new sample, and the commands whose flags differ: validate, log, diff, export. */
    private List<Run> commands() throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        runs.add(run(Map.of(), "--version"));
        runs.add(run(Map.of(), "new", project.toString(), "--sample"));
        runs.add(run(Map.of(), "validate", project.toString()));
        runs.add(run(Map.of(), "log", project.toString()));
        runs.add(run(Map.of(), "diff", project.toString(), "working", "working"));
        runs.add(run(Map.of(), "export", project.toString(), "-o", temp.resolve("draft.docx").toString()));
        return runs;
    }

    /** The package's runtime: the real java, run from lib/runtime/bin/java as the command runs it. */
    private void runtime(Path java) throws IOException {
        Path packaged = opt.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
        Files.writeString(packaged, "#!/bin/sh\nexec '" + java + "' \"$@\"\n", StandardCharsets.UTF_8);
        if (!packaged.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + packaged + " executable");
        }
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(opt.resolve("bin").resolve("clausewright").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        builder.environment().putAll(env);
        builder.redirectErrorStream(false);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the package's command did not finish: " + command);
        }
        String errors = Files.readString(err).lines()
                .filter(line -> !line.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS")).reduce("", (a, b) -> a + b + "\n");
        return new Run(String.join(" ", args), process.exitValue(), Files.readString(out), errors);
    }

    private record Run(String command, int exit, String out, String err) {
    }
}
