package org.clausewright.ui.history;

import org.clausewright.diff.ClauseChange;
import org.clausewright.diff.ClauseChange.Kind;
import org.clausewright.diff.Comparison;
import org.clausewright.diff.ComparisonSummary;
import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.Position;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a draft comparison into the summary line and rows the compare window shows, each saying in words
 * what happened to the clause: "added as 9.1", "moved from 2.3 to 3.1", "text changed".
 */
final class ComparisonRows {
    private static final List<Kind> EDITS = List.of(Kind.HEADING_CHANGED, Kind.TEXT_CHANGED, Kind.METADATA_CHANGED,
            Kind.NEGOTIATED);

    private ComparisonRows() {
    }

    static String summary(Messages messages, ComparisonSummary s) {
        return messages.format("compare.summary", s.added(), s.removed(), s.moved(), s.renumbered(),
                s.textChanged() + s.headingChanged(), s.metadataChanged(), s.libraryChanged());
    }

    static List<ChangeRow> rows(Messages messages, Comparison comparison) {
        List<ChangeRow> rows = new ArrayList<>();
        for (ClauseChange c : comparison.clauses()) {
            List<String> what = new ArrayList<>();
            String placement = placement(messages, c);
            if (!placement.isEmpty()) {
                what.add(placement);
            }
            for (Kind kind : EDITS) {
                if (c.is(kind)) {
                    what.add(messages.get("compare.kind." + kind.name().toLowerCase(Locale.ROOT)));
                }
            }
            List<DiffSegment> text = new ArrayList<>();
            if (c.headingDiff() != null && c.headingDiff().hasChanges()) {
                text.addAll(c.headingDiff().segments());
                text.add(new DiffSegment(DiffSegment.Kind.EQUAL, "\n"));
            }
            // a clause whose changes are elsewhere (its place, its details) is named, not quoted in full
            if (c.textDiff() != null && (c.textDiff().hasChanges() || !text.isEmpty())) {
                text.addAll(c.textDiff().segments());
            }
            String number = c.library() ? messages.get("compare.library") : number(c.to() != null ? c.to() : c.from());
            String heading = c.heading().isBlank() ? "[" + c.clauseId() + "]" : c.heading();
            rows.add(new ChangeRow(c.clauseId(), (number + "  " + heading).strip(), String.join(" · ", what),
                    NegotiationLines.of(messages, c), text));
        }
        return rows;
    }

    /** Where the clause went, in words; "" when it stayed where it was. */
    private static String placement(Messages m, ClauseChange c) {
        String from = number(c.from());
        String to = number(c.to());
        if (c.is(Kind.ADDED)) {
            return c.library() ? m.get("compare.where.libraryAdded")
                    : m.format(c.fromLibrary() ? "compare.where.addedFromLibrary" : "compare.where.added", to);
        }
        if (c.is(Kind.REMOVED)) {
            return c.library() ? m.get("compare.where.libraryRemoved")
                    : m.format(c.toLibrary() ? "compare.where.removedToLibrary" : "compare.where.removed", from);
        }
        if (c.is(Kind.MOVED)) {
            return m.format("compare.where.moved", from, to);
        }
        if (c.is(Kind.RENUMBERED)) {
            return m.format("compare.where.renumbered", from, to);
        }
        return "";
    }

    private static String number(Position position) {
        return position == null ? "" : position.number().toString();
    }
}
