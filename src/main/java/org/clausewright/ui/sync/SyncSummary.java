package org.clausewright.ui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewright.app.SyncReport;
import org.clausewright.history.Version;
import org.clausewright.merge.BracketMade;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.history.VersionNames;

/**
 * What a sync did, in the member's language: a one-line notice, and the lines of the result dialog — the
 * versions received and sent with who made them, the version recording the merge, and every bracket or conflict
 * left to decide.
 */
final class SyncSummary {
    private final Messages messages;
    private final DateTimeFormatter dates;

    SyncSummary(Messages messages) {
        this.messages = messages;
        this.dates = messages.dates(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withZone(ZoneId.systemDefault());
    }

    String notice(SyncReport report, Optional<MergeOutcome> kept) {
        if (report.changedNothing() && kept.isEmpty()) {
            return messages.format("sync.upToDate", report.source());
        }
        int toDecide = report.merges().stream().mapToInt(m -> toDecide(m.outcome())).sum()
                + kept.map(SyncSummary::toDecide).orElse(0);
        return messages.format("sync.done", report.source(), report.received().size(), report.sent().size(),
                toDecide);
    }

    /** "3 versions to receive (Ingrid Solberg, Amara Okafor), 1 to send", shown as soon as the fetch is done. */
    String ahead(List<Version> incoming, List<Version> outgoing) {
        return messages.format("sync.fetched", incoming.size(), authors(incoming), outgoing.size());
    }

    List<String> lines(SyncReport report, Optional<MergeOutcome> kept, Project draft) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("sync.result.received", report.received().size(), report.source()));
        report.received().forEach(v -> lines.add(version(v, draft)));
        lines.add(messages.format("sync.result.sent", report.sent().size()));
        report.sent().forEach(v -> lines.add(version(v, draft)));
        // the version's message is the merge's lines in English, for git; here the same in the member's language
        report.merge().ifPresent(v -> report.merges().forEach(m -> lines.add(messages.format("sync.result.merge",
                VersionNames.shown(messages, v, draft), messages.format("merge.summary", m.theirs().label(),
                        m.outcome().clausesFromTheirs(), messages.list(m.theirs().authors()),
                        m.outcome().bracketsMade().size(), m.outcome().conflicts().size())))));
        // in the member's language: the merge's own lines are English, for the version's message
        report.merges().forEach(merge -> describe(merge.outcome(), draft, lines));
        kept.ifPresent(outcome -> {
            lines.add(messages.get("sync.result.keptEdits"));
            describe(outcome, draft, lines);
        });
        return lines;
    }

    private void describe(MergeOutcome outcome, Project draft, List<String> lines) {
        outcome.bracketsMade().forEach(b -> lines.add(bracket(b, draft)));
        outcome.conflicts().forEach(c -> lines.add(conflict(c, draft)));
        outcome.keptClauses().forEach(id -> lines.add("  • " + messages.format("sync.result.kept", heading(id, draft))));
    }

    private static int toDecide(MergeOutcome outcome) {
        return outcome.bracketsMade().size() + outcome.conflicts().size();
    }

    // named as History names it: a checkpoint's or merge's recorded label is the English line git clients show
    private String version(Version v, Project draft) {
        return "  • " + messages.format("sync.result.version", VersionNames.shown(messages, v, draft), v.author(),
                dates.format(v.time()));
    }

    private String bracket(BracketMade made, Project draft) {
        List<String> options = made.options().stream().map(BracketOption::text).map(t -> "«" + t + "»").toList();
        return "  • " + messages.format("sync.result.bracket", heading(made.clauseId(), draft),
                String.join(" / ", options));
    }

    private String conflict(MergeConflict c, Project draft) {
        String subject = c.kind() == MergeConflict.Kind.FRAMEWORK
                ? org.clausewright.ui.merge.MergeResultsViewModel.frameworkSubject(messages, draft, c)
                : heading(c.clauseId(), draft);
        return "  • " + messages.format("sync.result.conflict", subject,
                org.clausewright.ui.merge.MergeResultsViewModel.fieldName(messages, c), c.base(),
                c.ours(), c.theirs());
    }

    private static String heading(String clauseId, Project draft) {
        Clause clause = draft.clauses().get(clauseId);
        return clause == null || clause.heading().isBlank() ? clauseId : clause.heading();
    }

    private String authors(List<Version> versions) {
        return messages.list(versions.stream().map(Version::author).distinct().limit(4).toList());
    }
}
