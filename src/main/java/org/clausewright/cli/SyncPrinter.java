package org.clausewright.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.clausewright.app.SyncReport;
import org.clausewright.history.Version;
import org.clausewright.model.MessageText;
import org.clausewright.model.TerminalText;

/** What a sync or an applied bundle did, for the terminal: the versions in and out and who made them. */
final class SyncPrinter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private final MessageText messages;

    SyncPrinter(Locale locale) {
        this.messages = new MessageText("org.clausewright.cli.messages", locale);
    }

    void print(PrintWriter out, SyncReport report, boolean sends) {
        if (report.changedNothing()) {
            out.println(TerminalText.line(messages.format(sends ? "sync.upToDate" : "sync.upToDate.received",
                    report.source())));
            return;
        }
        versions(out, "sync.received", report.source(), report.received());
        if (sends) {
            versions(out, "sync.sent", report.source(), report.sent());
        }
        report.merge().ifPresent(merge -> out.println(TerminalText.line(messages.format("sync.merged",
                merge.shortId(), merge.label()))));
        for (String line : report.merged()) {
            out.println(TerminalText.line("  " + line));
        }
    }

    private void versions(PrintWriter out, String key, String source, List<Version> versions) {
        out.println(TerminalText.line(messages.format(key, versions.size(), source)));
        for (Version v : versions) {
            out.println(TerminalText.line("  " + v.shortId() + " " + DATE.format(v.time()) + " " + v.author() + " "
                    + v.label()));
        }
    }
}
