package org.clausewright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clausewright.app.SiteRemotes;
import org.clausewright.history.remote.Remotes;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remote", description = "List, add or remove the project's remotes (kept in .git/config, as git"
        + " keeps them): remote DIR list | add NAME URL | remove NAME.")
final class RemoteCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "ACTION", description = "list, add or remove.")
    private String action;

    @Parameters(index = "2..*", paramLabel = "ARG", description = "add: NAME URL; remove: NAME.")
    private List<String> args = List.of();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (action) {
            case "list" -> {
                arguments(0, "remote DIR list");
                List<Remotes.Remote> remotes = SiteRemotes.list(dir);
                if (remotes.isEmpty()) {
                    out.println(TerminalText.line("No remotes yet: `clausewright remote " + dir
                            + " add origin URL` adds one."));
                }
                remotes.forEach(r -> out.println(TerminalText.line(r.name() + "\t" + r.url())));
            }
            case "add" -> {
                arguments(2, "remote DIR add NAME URL");
                Remotes.Remote added = SiteRemotes.add(dir, args.get(0), args.get(1));
                out.println(TerminalText.line("Added the remote " + added.name() + ": " + added.url()));
            }
            case "remove" -> {
                arguments(1, "remote DIR remove NAME");
                SiteRemotes.remove(dir, args.get(0));
                out.println(TerminalText.line("Removed the remote " + args.get(0) + "."));
            }
            default -> throw new ParameterException(spec.commandLine(), "unknown action \"" + action
                    + "\": give list, add or remove");
        }
        return 0;
    }

    private void arguments(int count, String usage) {
        if (args.size() != count) {
            throw new ParameterException(spec.commandLine(), "give " + usage);
        }
    }
}
