package org.clausewright.cli;

import org.clausewright.app.UserName;
import org.clausewright.app.Versions;
import org.clausewright.history.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "record", description = "Record the project as it is now as a version; prints the version's id.")
final class RecordCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = "--label", required = true, paramLabel = "L", description = "e.g. \"Working draft 3\".")
    private String label;

    @Option(names = "--message", paramLabel = "M", description = "What changed and why.")
    private String message = "";

    @Option(names = "--author", paramLabel = "A", description = "Who records it (default: your user name).")
    private String author;

    @Option(names = "--milestone", arity = "0..1", fallbackValue = "", paramLabel = "NAME",
            description = "Also mark the version as a milestone, named NAME (default: the label), e.g."
                    + " --milestone=\"Circulated to delegations\". The latest milestone of an exported version is"
                    + " the status on the Word cover.")
    private String milestone;

    @Override
    public Integer call() throws Exception {
        String marked = milestone == null ? null : milestone.isBlank() ? label : milestone;
        Version version = Versions.record(dir, label, message, author == null ? UserName.current() : author, marked,
                spec.commandLine().getErr()::println);
        spec.commandLine().getOut().println(version.id());
        return 0;
    }
}
