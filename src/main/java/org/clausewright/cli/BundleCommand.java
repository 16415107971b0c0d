package org.clausewright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clausewright.app.BundleExchange;
import org.clausewright.app.SyncReport;
import org.clausewright.app.UserName;
import org.clausewright.history.remote.Bundles;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bundle", description = "Carry versions between sites in a file (a git bundle), with no server.",
        subcommands = {BundleCommand.Create.class, BundleCommand.Apply.class})
final class BundleCommand implements Runnable {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give create or apply: bundle create DIR"
                + " -o FILE [--since V], or bundle apply DIR FILE");
    }

    @Command(name = "create", description = "Write the versions the other site lacks into a file.")
    static final class Create implements Callable<Integer> {
        @Mixin
        private HelpOption help;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
        private Path dir;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
        private Path file;

        @Option(names = "--since", paramLabel = "V", description = "A version the other site has (id, label or"
                + " milestone): only the versions after it are written (default: every version).")
        private String since;

        @Override
        public Integer call() throws Exception {
            Bundles.Contents written = BundleExchange.create(dir, file, since, TransferProgress.NONE);
            spec.commandLine().getOut().println(TerminalText.line("Wrote " + written.versions()
                    + (written.versions() == 1 ? " version" : " versions") + " to " + file + " (latest "
                    + written.head().substring(0, 10) + ")."));
            return 0;
        }
    }

    @Command(name = "apply", description = "Check a bundle, then take its versions in, merging when both sites"
            + " changed the draft.")
    static final class Apply implements Callable<Integer> {
        @Mixin
        private HelpOption help;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
        private Path dir;

        @Parameters(index = "1", paramLabel = "FILE", description = "The bundle received.")
        private Path file;

        @Option(names = "--author", paramLabel = "A", description = "Who records the merge (default: your user name).")
        private String author;

        @Override
        public Integer call() throws Exception {
            SyncReport report = BundleExchange.apply(dir, file, author == null ? UserName.current() : author,
                    TransferProgress.NONE, spec.commandLine().getErr()::println);
            new SyncPrinter(ClausewrightCli.reportLocale(spec)).print(spec.commandLine().getOut(), report, false);
            return 0;
        }
    }
}
