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
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check every file of a project; one line per problem "
        + "(path:line:column: what is wrong). Exit 0 when valid, 1 otherwise.")
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
        List<Problem> problems = Validation.validate(dir);
        if (problems.isEmpty()) {
            out.println(TerminalText.line(dir + ": valid"));
            return 0;
        }
        problems.forEach(p -> out.println(TerminalText.line(dir.resolve(p.path()).normalize()
                + p.toString().substring(p.path().length()))));
        out.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        return 1;
    }
}
