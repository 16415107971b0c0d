package org.clausewright.cli;

import org.clausewright.app.Failures;
import org.clausewright.app.log.LogFile;
import org.clausewright.model.TerminalText;
import org.clausewright.store.JsonSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The command line: parses the arguments, runs one subcommand, and turns every failure into one line. */
// The subcommands are added by Subcommands, only those the arguments need: see there.
@Command(name = "clausewright", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Draft, annotate and version a code of conduct; export it to Word.")
public final class ClausewrightCli implements Runnable {
    static {
        // picocli's default factory looks Groovy's closures up once, for annotations written in Groovy: this program
        // has none, and the failed look-up opened every jar of the class path at each start (~40 ms before the
        // command ran). picocli's documented switch (4.7.0: "improve startup time"), unless set already.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    private final Consumer<Path> window;
    private final Consumer<Path> windowRehearsal;
    private final LogFile log;
    private Map<String, String> environment = System.getenv();
    private boolean terminal = true;

    @CommandLine.Option(names = "--lang", paramLabel = "LANG", scope = CommandLine.ScopeType.INHERIT,
            converter = ReportLanguage.Converter.class,
            description = "The language of reports: ar, zh-CN, en, fr, ru or es (default: LC_ALL, LC_MESSAGES, LANG).")
    private java.util.Locale language;

    /** @param window opens the desktop window on a project folder, or on the last project when null */
    public ClausewrightCli(Consumer<Path> window) {
        this(window, dir -> {
            throw new IllegalStateException("this command line has no window to rehearse");
        }, null);
    }

    /** @param log where the details of a failure are kept, named in the message of an unexpected one; or null */
    public ClausewrightCli(Consumer<Path> window, LogFile log) {
        this(window, dir -> {
            throw new IllegalStateException("this command line has no window to rehearse");
        }, log);
    }

    /**
     * @param windowRehearsal opens the window on a project folder without a display, shows its first frame and
     *                        quits: the start-up cache's training run of the window ({@code train --window})
     * @param log             where the details of a failure are kept, named in the message of an unexpected one;
     *                        or null
     */
    public ClausewrightCli(Consumer<Path> window, Consumer<Path> windowRehearsal, LogFile log) {
        this.window = window;
        this.windowRehearsal = windowRehearsal;
        this.log = log;
    }

    /** With no subcommand: the desktop window on the last project (or the sample, the first time). */
    @Override
    public void run() {
        window.accept(null);
    }

    Consumer<Path> window() {
        return window;
    }

    /** The environment the commands that reach remotes read (HOME, GIT_ASKPASS, PATH): the process's own. */
    Map<String, String> environment() {
        return environment;
    }

    /** Tests give the commands a home and an askpass program of their own, never the real member's ~/.ssh. */
    ClausewrightCli withEnvironment(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        this.terminal = false;
        return this;
    }

    /** The terminal to ask the member on, or null when there is none (or a test runs the commands). */
    java.io.Console console() {
        return terminal ? System.console() : null;
    }

    /** The language the reports the window also shows are printed in (see {@link ReportLanguage}). */
    java.util.Locale reportLocale() {
        return ReportLanguage.of(language, environment);
    }

    /** {@link #reportLocale()} of the command line a subcommand runs in. */
    static java.util.Locale reportLocale(CommandLine.Model.CommandSpec spec) {
        return ((ClausewrightCli) spec.root().userObject()).reportLocale();
    }

    Consumer<Path> windowRehearsal() {
        return windowRehearsal;
    }

    public int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public int run(PrintWriter out, PrintWriter err, String... args) {
        if (Subcommands.namesHeadless(args)) {
            // every headless command reads or writes project files: the JSON reader is made ready while picocli
            // builds and parses the command line, not on the thread that then reads the project
            JsonSetup.startBeside();
        }
        CommandLine cli = new CommandLine(this);
        // before the settings below, which reach only the subcommands already added
        Subcommands.addFor(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.AUTO));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(TerminalText.line("clausewright: " + e.getMessage()));
            err.println("Try `clausewright " + commandName(e.getCommandLine()) + "--help`.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, err, args));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands on what is not an Exception: running out of memory must still be one line
            return fail(e, err, args);
        }
    }

    /** One line on the terminal; the stack trace, for whoever looks into it, in the log. */
    private int fail(Throwable e, PrintWriter err, String... args) {
        String message = Failures.describe(e);
        if (log != null && message.startsWith("an unexpected error")) {
            message += "; the details are in " + log.newest();
        }
        err.println(TerminalText.line("clausewright: " + message));
        Logger.getLogger(ClausewrightCli.class.getName()).log(Level.FINE, "clausewright " + String.join(" ", args), e);
        return 1;
    }

    private static String commandName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }
}
