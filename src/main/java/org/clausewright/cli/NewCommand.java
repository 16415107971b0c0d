package org.clausewright.cli;

import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectTemplate;
import org.clausewright.app.ProjectTemplates;
import org.clausewright.app.Projects;
import org.clausewright.app.UserName;
import org.clausewright.model.Project;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Create a new empty project, a starter project for a field from a template, "
        + "or a copy of the sample with its full history.")
final class NewCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder that does not exist yet, or is empty.")
    private Path dir;

    @Option(names = "--sample", description = "Copy the bundled Model Code of Conduct sample, with its versions.")
    private boolean sample;

    @Option(names = "--template", paramLabel = "NAME", description = "Start from a field's template: biology, ai, "
            + "cyber or space (starter clauses mapped to the field's framework, one recorded version).")
    private String template;

    @Option(names = "--title", paramLabel = "T", description = "The title of a new empty project, or of one made "
            + "from a template (default: the template's).")
    private String title;

    @Option(names = "--author", paramLabel = "A", description = "Who creates it (default: your user name).")
    private String author;

    @Override
    public Integer call() throws Exception {
        if (sample && title != null) {
            throw new IllegalArgumentException("--title applies to a new empty project, not to --sample");
        }
        if (sample && template != null) {
            throw new IllegalArgumentException("choose either --sample or --template, not both");
        }
        if (template != null) {
            ProjectTemplates templates = ProjectTemplates.bundled();
            ProjectTemplate chosen = templates.require(template);
            Project made = templates.install(dir, chosen, title, author == null ? UserName.current() : author);
            spec.commandLine().getOut().println(TerminalText.line("Created " + dir + ": \"" + made.info().title()
                    + "\", from the " + chosen.id() + " template."));
        } else if (sample) {
            BundledSample.install(dir);
            spec.commandLine().getOut().println(TerminalText.line("Created " + dir + " from the sample, with its versions."));
        } else {
            String name = title == null ? "Untitled code of conduct" : title;
            Projects.create(dir, name, author == null ? UserName.current() : author);
            spec.commandLine().getOut().println(TerminalText.line("Created " + dir + ": \"" + name + "\"."));
        }
        return 0;
    }
}
