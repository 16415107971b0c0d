package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.app.UserName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "freeze", description = "Freeze the numbering as it stands, and save it: from then on a clause "
        + "inserted after 2.3 is 2.3 bis, a removed clause leaves its number unused and a moved one keeps it.")
final class FreezeCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = "--author", paramLabel = "A", description = "Who freezes it (default: your user name).")
    private String author;

    @Override
    public Integer call() throws Exception {
        String by = author == null || author.isBlank() ? UserName.current() : author;
        PrintWriter out = spec.commandLine().getOut();
        if (Negotiations.freeze(dir, by, spec.commandLine().getErr()::println)) {
            out.println("Numbering frozen and saved: `clausewright outline` shows the numbers,"
                    + " `clausewright record` puts them in the next version.");
        } else {
            out.println("The numbering is already frozen; nothing was changed.");
        }
        return 0;
    }
}
