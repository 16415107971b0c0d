package org.clausewright.cli;

import org.clausewright.app.NegotiationStatus;
import org.clausewright.app.Negotiations;
import org.clausewright.model.Project;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Where the negotiation stands: the draft's clauses per status, its open "
        + "brackets, and whether the draft can be adopted (every clause agreed, no bracket open) or what blocks it.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        Project project = Negotiations.readDraft(dir);
        NegotiationStatus status = NegotiationStatus.of(project);
        PrintWriter out = spec.commandLine().getOut();
        out.println(TerminalText.line(project.info().title() + ": " + NegotiationText.count(status.clauses(),
                "clause") + " in the draft"));
        // the words the window and the comparison use ("agreed in working group"), not the file's keys
        ResourceBundle labels = ResourceBundle.getBundle("org.clausewright.diff.messages", Locale.ROOT);
        status.perStatus().forEach((key, n) -> out.println(String.format(Locale.ROOT, "  %-24s %5d",
                labels.getString("status." + key.key()), n)));
        out.println(status.openBrackets() == 0 ? "No open bracket."
                : "Open brackets: " + status.openBrackets() + ", in " + NegotiationText.count(
                status.bracketedClauses(), "clause") + " (`clausewright brackets --open` lists them)");
        if (status.clauses() == 0) {
            out.println("The draft has no clauses yet: there is nothing to adopt.");
        } else if (status.canAdopt()) {
            out.println("The draft can be adopted: every clause in it is agreed and no bracket is open.");
        } else {
            int n = status.blockers().size();
            out.println("The draft cannot be adopted yet: " + NegotiationText.count(n, "clause")
                    + (n == 1 ? " is" : " are") + " not agreed or still bracketed");
            status.blockers().forEach((clause, reasons) ->
                    out.println(TerminalText.line("  " + clause + ": " + reasons)));
        }
        return 0;
    }
}
