package org.clausewright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A source checkout in a temporary folder for bin/clausewright: the launcher copied into bin/, a jar in target/,
 * and a place for Java installations. Fake ones are shell scripts that print which java ran and its arguments,
 * one a line, so a test sees exactly what the launcher asked for; the start-up cache they "train" is a text file.
 */
final class LauncherCheckout {
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "java=$0"
            for a in "$@"; do
              case $a in
                -XX:AOTCacheOutput=*) echo "not really a cache" > "${a#-XX:AOTCacheOutput=}"; echo "Trained (fake)" ;;
              esac
              echo "arg=$a"
            done
            """;

    final Path root;
    final Path launcher;
    final Path jar;
    final Path cache;
    final Path jvmDir;
    private final Path elsewhere;
    private final String path;

    LauncherCheckout(Path temp) throws IOException {
        root = Files.createDirectories(temp.resolve("checkout")).toRealPath();
        launcher = Files.createDirectories(root.resolve("bin")).resolve("clausewright");
        Files.copy(Path.of("bin", "clausewright"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        jar = Files.createDirectories(root.resolve("target")).resolve("clausewright.jar");
        cache = root.resolve("target").resolve("clausewright.aot");
        jvmDir = Files.createDirectories(temp.resolve("jvm"));
        elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        // the system's tools, behind a java too old to be chosen, so that the machine's own java stays out
        path = otherJava("old-on-path", "11.0.2").getParent() + ":/usr/bin:/bin";
    }

    /** A fake JDK of that version in the folder the launcher searches (CLAUSEWRIGHT_JVM_DIR); its java. */
    Path installedJava(String name, String version) throws IOException {
        return fakeJava(jvmDir.resolve(name), version);
    }

    /** A fake JDK outside that folder, for JAVA_HOME, the PATH or CLAUSEWRIGHT_JAVA; its java. */
    Path otherJava(String name, String version) throws IOException {
        return fakeJava(elsewhere.resolve(name), version);
    }

    private static Path fakeJava(Path home, String version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
        if (!java.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + java + " executable");
        }
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return java;
    }

    /**
     * Runs the launcher with only the environment given (and a PATH of the system's tools behind a Java 11),
     * so that the machine's own JAVA_HOME, CLAUSEWRIGHT_JAVA and JDKs play no part unless a test says so.
     */
    Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        environment.remove("CLAUSEWRIGHT_JAVA");
        environment.put("CLAUSEWRIGHT_JVM_DIR", jvmDir.toString());
        environment.put("PATH", path);
        environment.putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the launcher did not finish: " + command);
        }
        return new Run(process.exitValue(), out, err);
    }

    static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    /** What a run printed; with a fake java, which one ran and with which arguments. */
    record Run(int exit, String out, String err) {
        String java() {
            return out.lines().filter(l -> l.startsWith("java=")).map(l -> l.substring(5)).findFirst().orElse("");
        }

        List<String> args() {
            return out.lines().filter(l -> l.startsWith("arg=")).map(l -> l.substring(4)).toList();
        }

        /** The arguments after {@code -jar JAR}: what reaches Clausewright. */
        List<String> commandArgs() {
            List<String> args = args();
            int jar = args.indexOf("-jar");
            return jar < 0 ? List.of() : args.subList(jar + 2, args.size());
        }

        /** The JVM's options, before {@code -jar}. */
        List<String> jvmOptions() {
            List<String> args = args();
            int jar = args.indexOf("-jar");
            return jar < 0 ? args : args.subList(0, jar);
        }
    }
}
