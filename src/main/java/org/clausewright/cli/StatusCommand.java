package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.model.Adoption;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Negotiation;
import org.clausewright.model.Project;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Project project = Negotiations.read(dir);
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = project.outline().clauseIds().stream().distinct()
                .filter(id -> project.clause(id).isPresent()).toList();
        Map<ClauseStatus, Integer> perStatus = new EnumMap<>(ClauseStatus.class);
        int brackets = 0;
        int bracketed = 0;
        for (String id : ids) {
            Clause clause = project.clause(id).orElseThrow();
            perStatus.merge(clause.status(), 1, Integer::sum);
            int open = Negotiation.openBrackets(clause).size();
            brackets += open;
            bracketed += open == 0 ? 0 : 1;
        }
        out.println(TerminalText.line(project.info().title() + ": " + NegotiationText.count(ids.size(), "clause")
                + " in the draft"));
        for (ClauseStatus status : ClauseStatus.values()) {
            out.println(String.format(Locale.ROOT, "  %-17s %5d", status.key(), perStatus.getOrDefault(status, 0)));
        }
        out.println(brackets == 0 ? "No open bracket."
                : "Open brackets: " + brackets + ", in " + NegotiationText.count(bracketed, "clause")
                + " (`clausewright brackets --open` lists them)");
        adoption(project, ids.isEmpty(), out);
        return 0;
    }

    private static void adoption(Project project, boolean empty, PrintWriter out) {
        if (empty) {
            out.println("The draft has no clauses yet: there is nothing to adopt.");
            return;
        }
        // a clause may be blocked twice, by its brackets and by its status: one line for it
        Map<String, String> byClause = new LinkedHashMap<>();
        for (Adoption.Blocker b : Adoption.blockers(project)) {
            byClause.merge(b.number() + " " + (b.heading().isBlank() ? b.clauseId() : b.heading()), b.reason(),
                    (first, second) -> first + ", " + second);
        }
        if (byClause.isEmpty()) {
            out.println("The draft can be adopted: every clause in it is agreed and no bracket is open.");
            return;
        }
        out.println("The draft cannot be adopted yet: " + NegotiationText.count(byClause.size(), "clause")
                + (byClause.size() == 1 ? " is" : " are") + " not agreed or still bracketed");
        byClause.forEach((clause, reasons) -> out.println(TerminalText.line("  " + clause + ": " + reasons)));
    }
}
