package org.clausewright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * The subcommands, added to the command line only as far as the arguments need them. picocli builds a
 * subcommand's whole model (every option, by reflection over its annotations) when it is added; for all twenty
 * that was about a quarter of a second of CPU at every start of a process that runs one, the window's included
 * (docs/decisions/launcher-aot-cache.md). The arguments name the subcommand they run, so it alone is added;
 * arguments that name none (help, a typo, which picocli answers with the list or a suggestion) get them all,
 * and a start with no arguments (the window) or with only {@code --lang} or {@code --version} gets none.
 */
final class Subcommands {
    /** In the order the top-level help lists them. */
    static final List<Class<?>> ALL = List.of(OpenCommand.class, NewCommand.class, ValidateCommand.class,
            RecordCommand.class, LogCommand.class, DiffCommand.class, ExportCommand.class, OutlineCommand.class,
            BracketsCommand.class, StatusCommand.class, DecideCommand.class, FreezeCommand.class,
            ImportReviewCommand.class, CloneCommand.class, RemoteCommand.class, SyncCommand.class,
            BundleCommand.class, BenchCommand.class, TrainCommand.class, TranslationsCommand.class,
            CoverageCommand.class);

    private Subcommands() {
    }

    static void addFor(CommandLine cli, String... args) {
        String named = firstWord(args);
        if (named == null) {
            if (!onlyLanguageOrVersion(args)) {
                addAll(cli);
            }
            return;
        }
        for (Class<?> sub : ALL) {
            if (sub.getAnnotation(Command.class).name().equals(named)) {
                cli.addSubcommand(sub);
                return;
            }
        }
        addAll(cli);
    }

    /** Whether the arguments name a subcommand that runs without the window (every one but {@code open}). */
    static boolean namesHeadless(String... args) {
        String named = firstWord(args);
        return named != null && !named.equals("open")
                && ALL.stream().anyMatch(sub -> sub.getAnnotation(Command.class).name().equals(named));
    }

    static void addAll(CommandLine cli) {
        ALL.forEach(cli::addSubcommand);
    }

    /** The first argument that is not a top-level option (nor the value of {@code --lang}), or null. */
    private static String firstWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    private static boolean onlyLanguageOrVersion(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("--lang=") && !args[i].equals("-V") && !args[i].equals("--version")) {
                return false;
            }
        }
        return true;
    }
}
