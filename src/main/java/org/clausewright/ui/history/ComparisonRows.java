package org.clausewright.ui.history;

import org.clausewright.diff.ClauseChange;
import org.clausewright.diff.Comparison;
import org.clausewright.diff.ComparisonSummary;
import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.Position;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a draft comparison into the summary line and rows the compare view shows. */
final class ComparisonRows {
    private ComparisonRows() {
    }

    static String summary(Messages messages, ComparisonSummary s) {
        return messages.format("compare.summary", s.added(), s.removed(), s.moved(), s.renumbered(),
                s.textChanged() + s.headingChanged(), s.metadataChanged(), s.libraryChanged());
    }

    static List<ChangeRow> rows(Messages messages, Comparison comparison) {
        List<ChangeRow> rows = new ArrayList<>();
        for (ClauseChange c : comparison.clauses()) {
            String from = number(c.from());
            String to = number(c.to());
            String where = from.equals(to) ? to : (from.isEmpty() ? "+" : from) + " → " + (to.isEmpty() ? "−" : to);
            String kinds = c.kinds().stream()
                    .map(k -> messages.get("compare.kind." + k.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", "));
            List<DiffSegment> text = new ArrayList<>();
            if (c.headingDiff() != null && c.headingDiff().hasChanges()) {
                text.addAll(c.headingDiff().segments());
                text.add(new DiffSegment(DiffSegment.Kind.EQUAL, "\n"));
            }
            if (c.textDiff() != null) {
                text.addAll(c.textDiff().segments());
            }
            String title = (where.isBlank() ? messages.get("compare.library") : where) + "  " + c.heading();
            rows.add(new ChangeRow(c.clauseId(), title, kinds, text));
        }
        return rows;
    }

    private static String number(Position position) {
        return position == null ? "" : position.number().toString();
    }
}
