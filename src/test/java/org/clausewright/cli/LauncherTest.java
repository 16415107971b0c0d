package org.clausewright.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewright.cli.LauncherCheckout.env;

/** bin/clausewright with fake Java installations: which Java it picks, its flags, and a member's arguments intact. */
class LauncherTest {
    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:NewRatio=1",
            "-XX:-UsePerfData");

    @TempDir
    Path temp;

    private LauncherCheckout checkout;

    @BeforeEach
    void checkout() throws Exception {
        checkout = new LauncherCheckout(temp);
        Files.writeString(checkout.jar, "the jar as built");
    }

    @Test
    void theNewestJava25OrLaterIsChosenWhereverItIs() throws Exception {
        Path home = checkout.otherJava("home-21", "21.0.4");
        checkout.installedJava("jdk-90", "90.0.1");
        Path newest = checkout.installedJava("jdk-91", "91-ea");
        checkout.installedJava("jdk-17", "17.0.15");

        var run = checkout.run(env("JAVA_HOME", home.getParent().getParent().toString()), "validate", "p");

        assertThat(run.java()).isEqualTo(newest.toString());
        assertThat(run.exit()).isZero();

        Path onPath = checkout.otherJava("path-92", "92");
        run = checkout.run(env("PATH", onPath.getParent() + ":/usr/bin:/bin"), "validate", "p");
        assertThat(run.java()).isEqualTo(onPath.toString());

        Path home91 = checkout.otherJava("home-91", "91.0.2");
        run = checkout.run(env("JAVA_HOME", home91.getParent().getParent().toString()), "validate", "p");
        assertThat(run.java()).as("of two as new, the one in JAVA_HOME").isEqualTo(home91.toString());
    }

    @Test
    void withoutJava25TheFirstJava17OrLaterRunsJavaHomeFirst() throws Exception {
        checkout.installedJava("jdk-21", "21.0.4");
        Path home = checkout.otherJava("home-17", "17.0.15");

        assertThat(checkout.run(env("JAVA_HOME", home.getParent().getParent().toString()), "log", "p").java())
                .isEqualTo(home.toString());
        assertThat(checkout.run(env(), "log", "p").java())
                .as("JAVA_HOME unset; the Java 11 on the PATH is too old").endsWith("/jvm/jdk-21/bin/java");

        Path tooOld = checkout.otherJava("home-8", "1.8.0_402");
        assertThat(checkout.run(env("JAVA_HOME", tooOld.getParent().getParent().toString()), "log", "p").java())
                .endsWith("/jvm/jdk-21/bin/java");
    }

    @Test
    void clausewrightJavaOverridesTheSearch() throws Exception {
        checkout.installedJava("jdk-90", "90");
        Path chosen = checkout.otherJava("mine", "17.0.15");

        var run = checkout.run(env("CLAUSEWRIGHT_JAVA", chosen.toString()), "validate", "p");

        assertThat(run.java()).isEqualTo(chosen.toString());
        assertThat(checkout.run(env("CLAUSEWRIGHT_JAVA", "/no/such/java"), "validate", "p"))
                .satisfies(r -> assertThat(r.exit()).isEqualTo(1))
                .satisfies(r -> assertThat(r.err()).contains("CLAUSEWRIGHT_JAVA=/no/such/java is not a java program"));
    }

    @Test
    void noJava17IsOneLineAndExit1() throws Exception {
        var run = checkout.run(env());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("clausewright: needs Java 17 or newer").doesNotContain("\n");
    }

    @Test
    void aMissingJarIsOneLineAndExit1() throws Exception {
        checkout.installedJava("jdk-90", "90");
        Files.delete(checkout.jar);

        var run = checkout.run(env(), "validate", "p");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).contains("target/clausewright.jar is missing").doesNotContain("\n");
    }

    @Test
    void headlessCommandsGetTheQuickFlagsAndTheirArgumentsIntact() throws Exception {
        checkout.installedJava("jdk-17", "17.0.15");
        String[] args = {"export", "my project", "-o", "draft 5.docx", "--compare", "Working draft 4", "--watermark",
                "", "*", "$HOME"};

        var run = checkout.run(env(), args);

        assertThat(run.jvmOptions()).containsExactlyElementsOf(QUICK);
        assertThat(run.args()).contains(checkout.jar.toString());
        assertThat(run.commandArgs()).containsExactly(args);
    }

    @Test
    void importReviewOfALargeFileKeepsTheDefaultCollector() throws Exception {
        checkout.installedJava("jdk-17", "17.0.15");
        Path small = Files.writeString(temp.resolve("small.docx"), "a review");
        var run = checkout.run(env(), "import-review", "my project", small.toString(), "--dry-run");
        assertThat(run.jvmOptions()).containsExactlyElementsOf(QUICK);

        // the serial collector refused a 49 MB review at -Xmx600m that the default collector imports
        Path large = temp.resolve("large review.docx");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(21L << 20);
        }
        run = checkout.run(env(), "import-review", "my project", large.toString(), "--dry-run");
        assertThat(run.jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
        assertThat(run.commandArgs()).containsExactly("import-review", "my project", large.toString(), "--dry-run");
    }

    @Test
    void theWindowRunsWithTheQuickCompilerAndTheDefaultCollector() throws Exception {
        Path java17 = checkout.otherJava("jdk-17", "17.0.15");
        Path java90 = checkout.otherJava("jdk-90", "90");

        var noArguments = checkout.run(env("CLAUSEWRIGHT_JAVA", java17.toString()));
        var open = checkout.run(env("CLAUSEWRIGHT_JAVA", java17.toString()), "open", "my project");
        var openOnANewJava = checkout.run(env("CLAUSEWRIGHT_JAVA", java90.toString()), "open", "my project");

        assertThat(noArguments.args()).containsExactly("-XX:TieredStopAtLevel=1", "-jar", checkout.jar.toString());
        assertThat(open.args()).containsExactly("-XX:TieredStopAtLevel=1", "-jar", checkout.jar.toString(), "open",
                "my project");
        // Java 24 and later only warn about JavaFX's native code and Unsafe unless told these are allowed
        assertThat(openOnANewJava.jvmOptions())
                .containsExactly("-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow");
        assertThat(openOnANewJava.commandArgs()).containsExactly("open", "my project");
    }

    @Test
    void theBenchmarkRunsWithTheJvmDefaultsToTimeWarmedUpCode() throws Exception {
        checkout.installedJava("jdk-90", "90");
        assertThat(checkout.run(env(), "train").exit()).isZero();

        var run = checkout.run(env(), "bench", "--runs", "3");

        assertThat(run.args()).containsExactly("-jar", checkout.jar.toString(), "bench", "--runs", "3");
    }

    @Test
    void theStartUpCacheIsUsedOnJava25WhileItFitsTheJar() throws Exception {
        Path java90 = checkout.installedJava("jdk-90", "90");
        Path java17 = checkout.otherJava("jdk-17", "17.0.15");

        assertThat(checkout.run(env(), "validate", "p").jvmOptions()).as("no cache yet").containsExactlyElementsOf(QUICK);

        var train = checkout.run(env(), "train");
        assertThat(train.exit()).as(train.err()).isZero();
        // one cache for the headless commands, one for the window, each saying so in one line
        assertThat(train.out()).as("only the trainings' own lines").isEqualTo("Trained (fake)\nTrained (fake)\n");
        assertThat(train.err()).isEmpty();
        assertThat(checkout.cache).exists();
        assertThat(checkout.cache.resolveSibling("clausewright-window.aot")).exists();

        var run = checkout.run(env(), "validate", "my project");
        assertThat(run.java()).isEqualTo(java90.toString());
        assertThat(run.jvmOptions()).containsSequence(QUICK)
                .contains("-XX:AOTCache=" + checkout.cache, "-XX:AOTMode=auto", "-Xlog:aot=off");
        assertThat(run.commandArgs()).containsExactly("validate", "my project");

        assertThat(checkout.run(env("CLAUSEWRIGHT_JAVA", java17.toString()), "validate", "p").jvmOptions())
                .as("Java 17 has no AOT cache").containsExactlyElementsOf(QUICK);
    }

    @Test
    void aCacheFromAnotherBuildOfTheJarIsNeverUsed() throws Exception {
        checkout.installedJava("jdk-90", "90");
        assertThat(checkout.run(env(), "train").exit()).isZero();
        FileTime trained = Files.getLastModifiedTime(checkout.cache);

        // rebuilt after the training, as `mvn package` without a Java 25 does
        Files.writeString(checkout.jar, "the jar as built again, with other classes");
        Files.setLastModifiedTime(checkout.jar, FileTime.fromMillis(trained.toMillis() + 60_000));
        assertThat(checkout.run(env(), "validate", "p").jvmOptions()).containsExactlyElementsOf(QUICK);

        // an older build copied back with its own time: older than the cache, yet not the jar it was trained on
        Files.setLastModifiedTime(checkout.jar, FileTime.fromMillis(trained.toMillis() - 3_600_000));
        assertThat(checkout.run(env(), "validate", "p").jvmOptions()).containsExactlyElementsOf(QUICK);
    }

    @Test
    void aJarRebuiltTheSameSizeInTheSameMinuteIsNoticedByItsTime() throws Exception {
        checkout.installedJava("jdk-90", "90");
        FileTime built = Files.getLastModifiedTime(checkout.jar);
        assertThat(checkout.run(env(), "train").exit()).isZero();

        Files.writeString(checkout.jar, "THE JAR AS BUILT"); // the same size, other bytes
        Files.setLastModifiedTime(checkout.jar, built);
        // the note of the jar (size, time to the minute) still fits; only the cache's being older tells
        Files.setLastModifiedTime(checkout.cache, FileTime.fromMillis(built.toMillis() - 1_000));

        assertThat(checkout.run(env(), "validate", "p").jvmOptions()).containsExactlyElementsOf(QUICK);
    }

    @Test
    void trainingNeedsJava25AndLeavesTheCacheAlone() throws Exception {
        checkout.installedJava("jdk-90", "90");
        assertThat(checkout.run(env(), "train").exit()).isZero();
        Path java17 = checkout.otherJava("jdk-17", "17.0.15");

        var run = checkout.run(env("CLAUSEWRIGHT_JAVA", java17.toString()), "train");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("needs Java 25 or newer");
        assertThat(checkout.cache).exists();
    }
}
