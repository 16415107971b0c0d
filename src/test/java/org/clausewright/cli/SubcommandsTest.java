package org.clausewright.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A subcommand added alone, as a run that names it gets it, is the same command as in the whole tree. */
class SubcommandsTest {
    @Test
    void eachSubcommandAloneHasTheUsageItHasAmongAllOfThem() {
        for (Class<?> sub : Subcommands.ALL) {
            String name = sub.getAnnotation(Command.class).name();
            CommandLine whole = new CommandLine(new ClausewrightCli(dir -> { }));
            Subcommands.addAll(whole);
            CommandLine alone = new CommandLine(new ClausewrightCli(dir -> { }));
            Subcommands.addFor(alone, "--lang", "fr", name, "x");
            assertThat(alone.getSubcommands().keySet()).containsExactly(name);
            assertThat(usage(alone.getSubcommands().get(name))).as(name)
                    .isEqualTo(usage(whole.getSubcommands().get(name)))
                    .contains("--lang");
        }
    }

    @Test
    void helpATypoAndAnUnknownOptionGetEverySubcommandAndTheWindowNone() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"exprot", "dir"}, {"--lang", "fr", "--bogus"}}) {
            CommandLine cli = new CommandLine(new ClausewrightCli(dir -> { }));
            Subcommands.addFor(cli, args);
            assertThat(cli.getSubcommands()).as(String.join(" ", args)).hasSize(Subcommands.ALL.size());
        }
        for (String[] args : new String[][] {{}, {"--lang", "ar"}, {"--lang=ru"}, {"--version"}, {"-V"}}) {
            CommandLine cli = new CommandLine(new ClausewrightCli(dir -> { }));
            Subcommands.addFor(cli, args);
            assertThat(cli.getSubcommands()).as(String.join(" ", args)).isEmpty();
        }
    }

    /** The JSON reader is made ready beside picocli for the headless commands only: never in the window's start. */
    @Test
    void onlyAHeadlessSubcommandPreparesTheJsonReaderBeside() {
        for (String[] args : new String[][] {{"export", "dir", "-o", "x.docx"}, {"--lang", "fr", "status", "dir"},
                {"validate", "dir"}, {"new", "dir", "--sample"}}) {
            assertThat(Subcommands.namesHeadless(args)).as(String.join(" ", args)).isTrue();
        }
        for (String[] args : new String[][] {{}, {"open", "dir"}, {"--lang", "ar"}, {"--version"}, {"--help"},
                {"exprot", "dir"}}) {
            assertThat(Subcommands.namesHeadless(args)).as(String.join(" ", args)).isFalse();
        }
    }

    /** A command written but left out of the list would answer "unknown command" to the member who types it. */
    @Test
    void everyCommandOfThePackageIsOneOfTheSubcommands() throws Exception {
        Path compiled = Path.of(Subcommands.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/clausewright/cli");
        List<Class<?>> commands;
        try (Stream<Path> files = Files.list(compiled)) {
            commands = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .<Class<?>>map(f -> load("org.clausewright.cli." + f.substring(0, f.length() - ".class".length())))
                    .filter(c -> c.isAnnotationPresent(Command.class) && c != ClausewrightCli.class)
                    .toList();
        }
        assertThat(commands).hasSizeGreaterThan(20);
        assertThat(Subcommands.ALL).containsExactlyInAnyOrderElementsOf(commands);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static String usage(CommandLine cli) {
        StringWriter text = new StringWriter();
        cli.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }
}
