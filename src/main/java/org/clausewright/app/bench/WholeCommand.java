package org.clausewright.app.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the benchmark starts a whole command in a new process: the way a member does. From the jar of a source
 * checkout that is the launcher beside it, bin/clausewright (its Java, flags and start-up cache); from an installed
 * package (X/lib/app/clausewright.jar first on the class path) its command, X/bin/clausewright; from any
 * other jar, {@code java -jar}; from the classes folder (the tests), {@code java -cp}.
 *
 * @param prefix what comes before the subcommand and its arguments
 * @param name   what was timed, for the report's note
 */
record WholeCommand(List<String> prefix, String name) {
    WholeCommand {
        prefix = List.copyOf(prefix);
    }

    /** The command for this process's class path and Java. */
    static WholeCommand current() {
        String java = ProcessHandle.current().info().command().orElse("java");
        return of(System.getProperty("java.class.path"), java);
    }

    static WholeCommand of(String classPath, String java) {
        Optional<Path> installed = installedLauncher(classPath);
        if (installed.isPresent()) {
            return new WholeCommand(List.of(installed.get().toString()), "the installed clausewright");
        }
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return new WholeCommand(List.of(java, "-cp", classPath, "org.clausewright.Main"), "java -cp");
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return launcherBeside(jar)
                .map(launcher -> new WholeCommand(List.of(launcher.toString()), "bin/clausewright"))
                .orElseGet(() -> new WholeCommand(List.of(java, "-jar", jar.toString()), "java -jar"));
    }

    /** X/bin/clausewright of a package whose class path starts with X/lib/app/clausewright.jar, when it can be run. */
    static Optional<Path> installedLauncher(String classPath) {
        Path jar = Path.of(classPath.split(File.pathSeparator, 2)[0]).toAbsolutePath().normalize();
        Path app = jar.getParent();
        if (!"clausewright.jar".equals(String.valueOf(jar.getFileName())) || app == null
                || !"app".equals(String.valueOf(app.getFileName())) || app.getParent() == null
                || !"lib".equals(String.valueOf(app.getParent().getFileName())) || app.getParent().getParent() == null) {
            return Optional.empty();
        }
        Path launcher = app.getParent().getParent().resolve("bin").resolve("clausewright");
        return Files.isRegularFile(launcher) && Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
    }

    /** X/bin/clausewright for the jar X/target/clausewright.jar, when it is there and can be run. */
    static Optional<Path> launcherBeside(Path jar) {
        Path target = jar.getParent();
        // the launcher runs X/target/clausewright.jar and no other jar
        if (!"clausewright.jar".equals(String.valueOf(jar.getFileName())) || target == null
                || target.getParent() == null || !"target".equals(String.valueOf(target.getFileName()))) {
            return Optional.empty();
        }
        Path launcher = target.getParent().resolve("bin").resolve("clausewright");
        return Files.isRegularFile(launcher) && Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
    }

    /** The whole command line for one subcommand and its arguments. */
    List<String> with(String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(args));
        return command;
    }
}
