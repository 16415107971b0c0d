package org.clausewright.ui.history;

import org.clausewright.diff.BracketChange;
import org.clausewright.diff.ClauseChange;
import org.clausewright.diff.DecisionChange;
import org.clausewright.ui.Isolated;
import org.clausewright.ui.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The compare window's lines for a clause's brackets and decisions, in the member's language: what changed and
 * who ("bracket b-12: option “the competent national authority” added by CHN", "bracket b-7 cleaned: “shall”
 * agreed (at Fourth meeting; recorded by Amina Diallo)", "status: proposed → agreed in working group (…)").
 * The card's title already gives the clause's number, so the lines do not repeat it.
 */
final class NegotiationLines {
    private NegotiationLines() {
    }

    static List<String> of(Messages m, ClauseChange change) {
        List<String> lines = new ArrayList<>();
        for (BracketChange b : change.brackets()) {
            String key = "compare.bracket." + b.kind().name();
            boolean printed = switch (b.kind()) {
                case OPENED, DELETED, REOPENED, DROPPED -> true;
                default -> false;
            };
            String option = printed ? b.option() : quoted(m, b.option());
            String who = Isolated.of(String.join(", ", b.delegations()));
            Object fourth = switch (b.kind()) {
                case OPTION_REWORDED -> quoted(m, b.was());
                case NOTE -> Isolated.of(b.was());
                default -> who;
            };
            Object fifth = switch (b.kind()) {
                case STANCE -> b.is().isEmpty() ? m.get("compare.stance.none." + b.was())
                        : m.get("compare.stance." + b.is());
                case NOTE -> Isolated.of(b.is());
                default -> "";
            };
            if (b.kind() == BracketChange.Kind.OPTION_ADDED && !b.delegations().isEmpty()) {
                key += ".by";
            }
            lines.add(withContext(m, m.format(key, b.bracketId(), "", option, fourth, fifth), b.decision()));
        }
        for (DecisionChange d : change.decisions()) {
            lines.add(withContext(m, m.format("compare.decision", m.get("status." + d.from().key()),
                    m.get("status." + d.to().key())), d));
        }
        return lines;
    }

    private static String withContext(Messages m, String line, DecisionChange d) {
        if (d == null) {
            return line;
        }
        List<String> context = new ArrayList<>();
        if (!d.meeting().isEmpty()) {
            context.add(m.format("compare.decision.meeting", Isolated.of(d.meeting())));
        }
        if (!d.requestedBy().isEmpty()) {
            context.add(m.format("compare.decision.requested", Isolated.of(d.requestedBy())));
        }
        if (!d.recordedBy().isEmpty()) {
            context.add(m.format("compare.decision.recorded", Isolated.of(d.recordedBy())));
        }
        String said = context.isEmpty() ? line
                : m.format("compare.decision.context", line, String.join(m.get("compare.decision.separator"), context));
        return d.note().isBlank() ? said : m.format("compare.decision.note", said, Isolated.of(d.note().strip()));
    }

    private static String quoted(Messages m, String option) {
        return option.isEmpty() ? m.get("brackets.noText") : m.format("compare.quoted", Isolated.of(option));
    }
}
