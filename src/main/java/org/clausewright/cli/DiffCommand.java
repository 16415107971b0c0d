package org.clausewright.cli;

import org.clausewright.app.VersionComparison;
import org.clausewright.diff.ComparisonPrinter;
import org.clausewright.diff.DiffStyle;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "diff", description = "Compare two versions: structural changes, then the changed words "
        + "(removed [-like this-], inserted {+like this+}, coloured on a terminal).")
final class DiffCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    enum Colour { auto, always, never }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "FROM", description = "A version id or unique prefix, a label, or `working`.")
    private String from;

    @Parameters(index = "2", paramLabel = "TO", description = "A version id or unique prefix, a label, or `working`.")
    private String to;

    @Option(names = "--language", paramLabel = "L", description = "Compare the draft's version in this target "
            + "language (its translations, word by word) instead of the source.")
    private String language;

    @Option(names = "--colour", paramLabel = "WHEN", description = "auto (default), always or never.")
    private Colour colour = Colour.auto;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String tag = language == null ? null : org.clausewright.model.Languages.canonical(language);
        if (language != null && tag == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--language: \"" + language + "\" is not a language tag such as fr, ar or zh-CN");
        }
        VersionComparison result = VersionComparison.compare(dir, from, to, tag);
        ComparisonPrinter printer = new ComparisonPrinter(useColour() ? DiffStyle.ANSI : DiffStyle.PLAIN,
                ClausewrightCli.reportLocale(spec));
        out.println(TerminalText.line(printer.heading(result.from().toString(), result.to().toString())));
        printer.print(result.comparison(), out);
        out.flush();
        return 0;
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }
}
