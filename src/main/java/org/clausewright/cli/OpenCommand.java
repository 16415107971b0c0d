package org.clausewright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;

@Command(name = "open", description = "Open the desktop window on a project folder.")
final class OpenCommand implements Runnable {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private ClausewrightCli parent;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Override
    public void run() {
        parent.window().accept(dir.toAbsolutePath().normalize());
    }
}
