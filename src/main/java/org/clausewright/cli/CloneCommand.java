package org.clausewright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clausewright.app.ProjectClone;
import org.clausewright.history.remote.TransferProgress;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "clone", description = "Copy a project and its versions from a remote into a new folder; the"
        + " remote is then named origin.")
final class CloneCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Mixin
    private RemoteOptions remoteOptions;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ClausewrightCli parent;

    @Parameters(index = "0", paramLabel = "URL",
            description = "https://…, ssh://…, user@host:path, file://… or the path of a repository folder.")
    private String url;

    @Parameters(index = "1", paramLabel = "DIR", description = "The new project folder (must not exist or be empty).")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        remoteOptions.run(parent, "clausewright clone " + url + " " + dir, access -> {
            ProjectClone.clone(url, dir, access, TransferProgress.NONE);
            return null;
        });
        spec.commandLine().getOut().println(TerminalText.line("Copied " + url + " into " + dir + "."));
        return 0;
    }
}
