package org.clausewright.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clausewright.app.ConflictsFile;
import org.clausewright.app.Sync;
import org.clausewright.app.SyncStopped;
import org.clausewright.app.SyncReport;
import org.clausewright.app.UserName;
import org.clausewright.app.WaitingConflicts;
import org.clausewright.history.remote.TransferProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Exchange versions with a remote: receive theirs (merging when both sites"
        + " changed the draft), send ours. Prints what came in, what went out and what the merge left to decide.")
final class SyncCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Mixin
    private RemoteOptions remoteOptions;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ClausewrightCli parent;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = "--remote", paramLabel = "NAME", description = "The remote to sync with (default: origin).")
    private String remote = "origin";

    @Option(names = "--author", paramLabel = "A", description = "Who records the merge (default: your user name).")
    private String author;

    @Override
    public Integer call() throws Exception {
        String who = author == null ? UserName.current() : author;
        SyncReport report;
        try {
            report = remoteOptions.run(parent, "clausewright sync " + dir, access ->
                    Sync.sync(dir, remote, who, access, TransferProgress.NONE, spec.commandLine().getErr()::println));
        } catch (SyncStopped stopped) {
            keepWaiting(stopped.partial());
            throw stopped;
        }
        // printed first: what came and went is said even if the conflicts cannot be kept
        new SyncPrinter(ClausewrightCli.reportLocale(spec)).print(spec.commandLine().getOut(), report, true);
        keepWaiting(report);
        return 0;
    }

    // The window's Merge results offers what this file keeps: a conflict listed here and not kept there would
    // leave the other site's value to be found in the history only.
    private void keepWaiting(SyncReport report) throws java.io.IOException {
        WaitingConflicts waiting = new WaitingConflicts(ConflictsFile.of(dir));
        report.merges().forEach(waiting::add);
        waiting.flush();
    }
}
