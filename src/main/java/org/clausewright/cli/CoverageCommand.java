package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.model.Coverage;
import org.clausewright.model.Framework;
import org.clausewright.model.Ids;
import org.clausewright.model.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "coverage", description = "Which elements of the project's reference frameworks (the Tianjin "
        + "Guidelines, …) the draft addresses: one line per element with the clauses that address it, \"partly\" "
        + "where they do only in part, and \"gap\" where none does.")
final class CoverageCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Option(names = "--framework", paramLabel = "ID",
            description = "Only this framework (its id, such as tianjin-2021); every framework of the project, each "
                    + "under its title, when left out.")
    private String framework;

    @Override
    public Integer call() throws Exception {
        if (framework != null && !Ids.isValid(framework)) {
            throw new ParameterException(spec.commandLine(), "--framework: \"" + framework
                    + "\" is not a framework id such as tianjin-2021");
        }
        Project project = Negotiations.read(dir);
        List<Framework> frameworks;
        if (framework == null) {
            frameworks = List.copyOf(project.frameworks().values());
        } else {
            Framework one = project.framework(framework).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--framework: the project has no framework \"" + framework + "\" (it has "
                    + (project.frameworks().isEmpty() ? "none" : String.join(", ", project.frameworks().keySet()))
                    + ")"));
            frameworks = List.of(one);
        }
        CoveragePrinter printer = new CoveragePrinter(ClausewrightCli.reportLocale(spec),
                project.outline().numbering());
        var out = spec.commandLine().getOut();
        if (frameworks.isEmpty()) {
            printer.none(out);
        }
        for (int i = 0; i < frameworks.size(); i++) {
            if (i > 0) {
                out.println();
            }
            printer.print(out, Coverage.of(project, frameworks.get(i)));
        }
        return 0;
    }
}
