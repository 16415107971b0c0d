package org.clausewright.cli;

import org.clausewright.app.Versions;
import org.clausewright.history.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The training run for the start-up (AOT) cache: every headless command once, on a copy of the bundled sample
 * in a temporary folder, so that the JVM records the classes they load. `bin/clausewright train` runs it with
 * {@code -XX:AOTCacheOutput}; `mvn package` does that when a Java 25 is installed. Hidden from the help.
 */
@Command(name = "train", hidden = true, description = "Run every headless command once on a temporary copy of the "
        + "sample, for the start-up cache.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ClausewrightCli parent;

    @Option(names = "--window", description = "Rehearse the window instead (headless): open the sample, show its "
            + "first frame, quit.")
    private boolean window;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Path temp = Files.createTempDirectory("clausewright-train");
        if (window) {
            try {
                Path dir = temp.resolve("sample");
                run("new", dir.toString(), "--sample");
                parent.windowRehearsal().accept(dir);
            } finally {
                BenchCommand.deleteTree(temp);
            }
            spec.commandLine().getOut().printf("Trained on the window, opened on a copy of the sample (%d ms).%n",
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        }
        try {
            Path dir = temp.resolve("sample");
            String project = dir.toString();
            String docx = temp.resolve("draft.docx").toString();
            run("new", project, "--sample");
            run("validate", project);
            run("log", project);
            List<Version> versions = Versions.log(dir);
            String first = versions.get(versions.size() - 1).id();
            run("diff", project, first, "working");
            run("export", project, "-o", docx, "--comments", "all", "--compare", first, "--toc", "--annex",
                    "--watermark", "DRAFT", "--members");
            run("import-review", project, docx, "--dry-run");
            run("record", project, "--label", "Training run", "--author", "Clausewright");
            run("outline", project);
            run("brackets", project);
            run("status", project);
            // never refused, whatever the sample's brackets: no status but the agreed ones needs clean text
            run("decide", project, "1.1", "--status", "under-discussion", "--author", "Clausewright");
            run("freeze", project, "--author", "Clausewright");
            run("--version");
        } finally {
            BenchCommand.deleteTree(temp);
        }
        spec.commandLine().getOut().printf("Trained on a copy of the sample: new, validate, log, diff, export, "
                + "import-review, record, outline, brackets, status, decide, freeze (%d ms).%n", (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    /** Runs one command as a member would, its output discarded; a failure stops the training with its message. */
    private void run(String... args) {
        StringWriter err = new StringWriter();
        int exit = parent.run(new PrintWriter(Writer.nullWriter()), new PrintWriter(err, true), args);
        if (exit != 0) {
            throw new IllegalStateException("training: `clausewright " + String.join(" ", args) + "` failed (exit "
                    + exit + "): " + err.toString().strip());
        }
    }
}
