package org.clausewright.cli;

import org.clausewright.app.ProjectSession;
import org.clausewright.app.ReviewImport;
import org.clausewright.app.ReviewPreview;
import org.clausewright.app.UserName;
import org.clausewright.history.Version;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import-review", description = "Bring a reviewed Word file's comments and tracked changes into "
        + "the project as threads and suggestions on the right clauses; prints what came in.")
final class ImportReviewCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "FILE", description = "The reviewed .docx.")
    private Path file;

    @Option(names = "--dry-run", description = "Print what would come in; change nothing.")
    private boolean dryRun;

    @Option(names = "--author", paramLabel = "A", description = "Who imports (default: your user name).")
    private String author;

    @Override
    public Integer call() throws Exception {
        String member = author == null ? UserName.current() : author;
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectSession session = ProjectSession.open(dir, member, spec.commandLine().getErr()::println)) {
            if (session.isReadOnly() && !dryRun) {
                throw new IllegalStateException(dir + ": " + session.lockAdvice().orElse("") + " Nothing was imported.");
            }
            ReviewPreview preview = ReviewImport.preview(session, file);
            preview.report(ClausewrightCli.reportLocale(spec), dryRun)
                    .forEach(line -> out.println(TerminalText.line(line)));
            if (!dryRun) {
                Version version = ReviewImport.apply(session, preview, member);
                if (version != null) {
                    out.println(TerminalText.line("Recorded version " + version.shortId() + " \"" + version.label() + "\"."));
                }
            }
        }
        return 0;
    }
}
