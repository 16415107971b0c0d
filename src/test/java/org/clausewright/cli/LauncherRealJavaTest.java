package org.clausewright.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.cli.LauncherCheckout.env;

/**
 * bin/clausewright on real Java installations. The tests run before `package`, so the jar here is made from
 * the compiled classes, with the dependencies on its manifest's Class-Path: the same Main behind the same
 * launcher, flags and all.
 */
class LauncherRealJavaTest {
    @TempDir
    Path temp;

    private LauncherCheckout checkout;

    @BeforeEach
    void checkout() throws Exception {
        checkout = new LauncherCheckout(temp);
        writeJar(checkout.jar);
    }

    @Test
    void headlessCommandsRunWithTheQuickFlagsOnTheTestsJava() throws Exception {
        var java = env("CLAUSEWRIGHT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path project = temp.resolve("model code");

        var version = checkout.run(java, "--version");
        var created = checkout.run(java, "new", project.toString(), "--sample");
        var valid = checkout.run(java, "validate", project.toString());

        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("Clausewright ");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(valid.exit()).as(valid.err()).isZero();
        assertThat(valid.out()).isEqualTo(project + ": valid\n");
    }

    /** A cache the JVM cannot read (here: not a cache at all) must cost speed only: same output, exit 0. */
    @Test
    void java25IgnoresAnUnusableCacheSilently() throws Exception {
        Optional<Path> java25 = installedJava25();
        assertThat(java25).as("this test runs the launcher on a Java 25 or later, and there is none in /usr/lib/jvm:"
                + " install one there (CI machines have /usr/lib/jvm/temurin-25-jdk-amd64)").isPresent();
        // a fake Java 25 "trains" a cache that fits the jar but is no cache, which the real one is then given
        Path fake = checkout.otherJava("fake-25", "25");
        assertThat(checkout.run(env("CLAUSEWRIGHT_JAVA", fake.toString()), "train").exit()).isZero();

        var run = checkout.run(env("CLAUSEWRIGHT_JAVA", java25.get().toString()), "--version");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Clausewright ").hasLineCount(1);
        assertThat(run.err()).isEmpty();
    }

    static Optional<Path> installedJava25() throws IOException {
        Path jvm = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvm)) {
            return Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(jvm)) {
            return jdks.filter(jdk -> major(jdk) >= 25).map(jdk -> jdk.resolve("bin").resolve("java"))
                    .filter(Files::isExecutable).findFirst();
        }
    }

    private static int major(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("\\D*(\\d+).*", "$1")).mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The compiled classes and resources, running with the test class path's jars (the dependencies). */
    static void writeJar(Path jar) throws IOException {
        Path classes = Path.of("target", "classes").toAbsolutePath();
        List<String> dependencies = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> Path.of(entry).toUri().toString())
                .toList();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.clausewright.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", dependencies));
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }
}
