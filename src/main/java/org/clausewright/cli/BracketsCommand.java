package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.model.Bracket;
import org.clausewright.model.BracketLayout;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketSync;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.Numbering;
import org.clausewright.model.Project;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "brackets", description = "Every bracket, clause by clause: number, clause id, bracket id, state, "
        + "then each option's wording (\"no text\" for an empty one) with the delegations proposing, supporting "
        + "and opposing it.")
final class BracketsCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = "--open", description = "Only the open brackets, those still in the text and those detached.")
    private boolean openOnly;

    @Override
    public Integer call() throws Exception {
        Project project = Negotiations.readDraft(dir);
        Numbering numbering = project.outline().numbering();
        PrintWriter out = spec.commandLine().getOut();
        Set<String> order = new LinkedHashSet<>(project.outline().clauseIds());
        project.library().forEach(c -> order.add(c.id()));
        int shown = 0;
        int open = 0;
        for (String id : order) {
            Clause clause = project.clause(id).orElse(null);
            if (clause == null) {
                continue;
            }
            String where = numbering.of(id).map(n -> n + " " + id).orElse("library " + id);
            for (Listed listed : listed(clause)) {
                if (openOnly && !listed.bracket().isOpen()) {
                    continue;
                }
                shown++;
                open += listed.bracket().isOpen() ? 1 : 0;
                print(out, where, listed, project);
            }
        }
        out.println(shown == 0 ? (openOnly ? "No open brackets." : "No brackets.")
                : openOnly ? NegotiationText.count(open, "open bracket")
                : NegotiationText.count(shown, "bracket") + ", " + open + " open");
        return 0;
    }

    /** A bracket as the text and its records show it now; detached: open, but no longer in the text. */
    private record Listed(Bracket bracket, boolean detached) {
    }

    // The store gives a bracket typed into a file its record as it reads it (unattributed options); the
    // reconciliation is there for a clause it did not.
    private static List<Listed> listed(Clause clause) {
        Clause synced = BracketSync.reconcile(clause);
        BracketLayout layout = BracketLayout.of(synced);
        List<Listed> result = new ArrayList<>();
        for (int k = 0; k < layout.groups().size(); k++) {
            result.add(new Listed(layout.bracketAt(k).orElseThrow(), false));
        }
        layout.detached().forEach(b -> result.add(new Listed(b, true)));
        synced.brackets().stream().filter(b -> !b.isOpen()).forEach(b -> result.add(new Listed(b, false)));
        return result;
    }

    private static void print(PrintWriter out, String where, Listed listed, Project project) {
        Bracket bracket = listed.bracket();
        String state = bracket.unknownState().orElse(bracket.state().key());
        if (listed.detached()) {
            state += ", detached: no longer in the text";
        } else if (bracket.state() == BracketState.CLEANED) {
            state += ": option " + (bracket.chosen() + 1) + " agreed";
        }
        out.println(TerminalText.line(where + "  " + bracket.id() + "  " + state));
        for (int o = 0; o < bracket.options().size(); o++) {
            BracketOption option = bracket.options().get(o);
            out.println(TerminalText.line("  " + (o + 1) + ". " + NegotiationText.wording(option.text())
                    + (o == bracket.chosen() ? " (agreed)" : "") + "  " + NegotiationText.stances(option,
                    project.info())));
            if (!option.note().isBlank()) {
                out.println(TerminalText.line("     note: " + option.note()));
            }
        }
    }
}
