package org.clausewright.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.clausewright.app.SyncReport;
import org.clausewright.history.Version;
import org.clausewright.model.TerminalText;

/** What a sync or an applied bundle did, for the terminal: the versions in and out and who made them. */
final class SyncPrinter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private SyncPrinter() {
    }

    static void print(PrintWriter out, SyncReport report, boolean sends) {
        if (report.changedNothing()) {
            out.println(TerminalText.line("Up to date with " + report.source() + ": nothing to receive"
                    + (sends ? " or send." : ".")));
            return;
        }
        versions(out, "Received", "from", report.source(), report.received());
        if (sends) {
            versions(out, "Sent", "to", report.source(), report.sent());
        }
        report.merge().ifPresent(merge -> out.println(TerminalText.line("Merged as version " + merge.shortId()
                + ": " + merge.label())));
        for (String line : report.merged()) {
            out.println(TerminalText.line("  " + line));
        }
    }

    private static void versions(PrintWriter out, String verb, String preposition, String source,
                                 List<Version> versions) {
        if (versions.isEmpty()) {
            out.println(TerminalText.line(verb + " no versions " + preposition + " " + source + "."));
            return;
        }
        out.println(TerminalText.line(verb + " " + versions.size() + (versions.size() == 1 ? " version " : " versions ")
                + preposition + " " + source + ":"));
        for (Version v : versions) {
            out.println(TerminalText.line("  " + v.shortId() + " " + DATE.format(v.time()) + " " + v.author() + " "
                    + v.label()));
        }
    }
}
