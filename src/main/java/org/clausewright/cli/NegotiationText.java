package org.clausewright.cli;

import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.ProjectInfo;

import java.util.ArrayList;
import java.util.List;

/** The words the negotiation's commands share: counts, headings, who stands where on an option. */
final class NegotiationText {
    private NegotiationText() {
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    static String heading(Clause clause) {
        return clause.heading().isBlank() ? "(no heading)" : clause.heading();
    }

    /** "\"shall\"" or "no text", as a compilation prints an option. */
    static String wording(String text) {
        return text.isEmpty() ? "no text" : "\"" + text + "\"";
    }

    /** "proposed by NOR, CHN; supported by BRA; opposed by USA", or "unattributed". */
    static String stances(BracketOption option, ProjectInfo info) {
        List<String> parts = new ArrayList<>();
        add(parts, "proposed by ", option.proposedBy(), info);
        add(parts, "supported by ", option.supportedBy(), info);
        add(parts, "opposed by ", option.opposedBy(), info);
        return parts.isEmpty() ? "unattributed" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, List<String> delegations, ProjectInfo info) {
        if (!delegations.isEmpty()) {
            parts.add(label + String.join(", ", delegations.stream().map(info::shortNameOf).toList()));
        }
    }
}
