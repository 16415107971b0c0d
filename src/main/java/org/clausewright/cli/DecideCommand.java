package org.clausewright.cli;

import org.clausewright.app.Negotiations;
import org.clausewright.app.UserName;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "decide", description = "Record a decision that moves a clause to a status, and save it (the next "
        + "`record` puts it in a version). A status that settles the wording (agreed-wg, agreed-ad-ref, agreed) is "
        + "refused while the clause has an open bracket.")
final class DecideCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "CLAUSE",
            description = "The clause's id, or its number as `outline` prints it (\"2.3\", \"2.3 bis\").")
    private String clause;

    @Option(names = "--status", required = true, paramLabel = "STATUS", converter = StatusKey.class,
            description = "proposed, under-discussion, agreed-wg, agreed-ad-ref, agreed, reopened or withdrawn.")
    private ClauseStatus status;

    @Option(names = "--meeting", paramLabel = "M", description = "The id of the meeting that took the decision.")
    private String meeting;

    @Option(names = "--delegation", paramLabel = "D",
            description = "The delegation at whose request (its id or short name).")
    private String delegation;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in the committee's words.")
    private String note = "";

    @Option(names = "--author", paramLabel = "A", description = "Who records it (default: your user name).")
    private String author;

    @Override
    public Integer call() throws Exception {
        String by = author == null || author.isBlank() ? UserName.current() : author;
        Negotiations.Decided decided = Negotiations.decide(dir, clause, status, meeting, delegation, note, by,
                spec.commandLine().getErr()::println);
        Decision decision = decided.after().decisions().get(decided.after().decisions().size() - 1);
        String where = decided.number().isEmpty() ? "library clause " + decided.after().id() : decided.number();
        spec.commandLine().getOut().println(TerminalText.line(where + " " + NegotiationText.heading(decided.after())
                + ": " + decided.before().status().key() + " → " + decision.to().key() + " (decision "
                + decision.id() + "). Saved; `clausewright record` puts it in the next version."));
        return 0;
    }

    /** The status keys of the files, refused with the list of them. */
    static final class StatusKey implements ITypeConverter<ClauseStatus> {
        @Override
        public ClauseStatus convert(String value) {
            return ClauseStatus.fromKey(value).orElseThrow(() -> new TypeConversionException(
                    "\"" + value + "\" is not a status; the statuses are " + ClauseStatus.allKeys()));
        }
    }
}
