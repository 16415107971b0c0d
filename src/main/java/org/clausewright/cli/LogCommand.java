package org.clausewright.cli;

import org.clausewright.app.Versions;
import org.clausewright.history.Version;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "log", description = "List the versions, newest first: <id> <date> <author> <label> — <message>"
        + "  (merge of <id>)  (milestone: <name>). A merge joins another site's versions, listed too.")
final class LogCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Version> versions = Versions.log(dir);
        if (versions.isEmpty()) {
            out.println(TerminalText.line("No versions recorded yet: `clausewright record " + dir + " --label L` records one."));
        }
        for (Version v : versions) {
            StringBuilder line = new StringBuilder()
                    .append(v.shortId()).append(' ')
                    .append(DATE.format(v.time())).append(' ')
                    .append(v.author()).append(' ')
                    .append(v.label());
            if (!v.message().isBlank()) {
                line.append(" — ").append(firstLine(v.message()));
            }
            if (v.merge()) {
                // the first parent is the version listed below it on this line of work; name the others
                line.append("  (merge of ").append(String.join(", ", v.parents().subList(1, v.parents().size())
                        .stream().map(id -> id.substring(0, Math.min(Version.SHORT_ID_LENGTH, id.length()))).toList()))
                        .append(')');
            }
            if (!v.milestones().isEmpty()) {
                line.append(v.milestones().size() == 1 ? "  (milestone: " : "  (milestones: ")
                        .append(String.join(", ", v.milestones())).append(')');
            }
            out.println(TerminalText.line(line.toString()));
        }
        return 0;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl) + " …";
    }
}
