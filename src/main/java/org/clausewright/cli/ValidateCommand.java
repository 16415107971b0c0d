package org.clausewright.cli;

import org.clausewright.app.Validation;
import org.clausewright.model.TerminalText;
import org.clausewright.store.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check every file of a project; one line per problem "
        + "(path:line:column: what is wrong) and per warning (warning: path:line:column: …). Exit 1 when there "
        + "is a problem (record, export and import-review refuse such a project too), 0 otherwise: warnings "
        + "block nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Validation.Verdict verdict = Validation.validate(dir);
        verdict.problems().forEach(p -> out.println(located(p)));
        verdict.warnings().forEach(w -> out.println("warning: " + located(w)));
        int problems = verdict.problems().size();
        int warnings = verdict.warnings().size();
        if (problems == 0) {
            out.println(TerminalText.line(dir + ": valid" + (warnings == 0 ? "" : ", with " + count(warnings, "warning")
                    + " (they block nothing)")));
            return 0;
        }
        out.println(count(problems, "problem") + (warnings == 0 ? "" : ", " + count(warnings, "warning")));
        return 1;
    }

    /** The problem with its path as the user gave the folder: model-code/clauses/x.json:7:12: … */
    private String located(Problem p) {
        return TerminalText.line(p.in(dir));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
