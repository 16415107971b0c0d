package org.clausewright.app.bench;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Decision;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.ProjectInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The negotiation laid over the synthetic project: delegations and meetings, and open brackets of three options
 * each, every option proposed, supported and opposed by delegations. A bracketed clause is under discussion
 * (decided at a meeting); the others keep the status they were given. Seeded apart from the clause text, so the
 * wording around the brackets is the plain project's.
 */
final class SyntheticBrackets {
    static final int PER_CLAUSE = 4;
    private static final String[] DELEGATIONS = {"ald", "bre", "cal", "dor", "est", "fen", "gal", "hel"};
    private static final int MEETINGS = 4;
    private static final Instant MEETING_TIME = Instant.parse("2026-02-01T10:00:00Z");

    private final Random random;
    private final String[] words;
    private int nextBracket;

    SyntheticBrackets(long seed, String[] words) {
        this.random = new Random(seed);
        this.words = words;
    }

    /** Clauses to bracket so that {@code brackets} brackets are laid at {@link #PER_CLAUSE} a clause. */
    static boolean carries(int clause, int clauses, int brackets) {
        int bracketed = Math.min(clauses, (brackets + PER_CLAUSE - 1) / PER_CLAUSE);
        // spread over the draft: every n-th clause, so that every part has some
        return bracketed > 0 && (long) clause * bracketed % clauses < bracketed;
    }

    static ProjectInfo withParties(ProjectInfo info) {
        List<Delegation> delegations = new ArrayList<>();
        for (String id : DELEGATIONS) {
            delegations.add(new Delegation(id, "Delegation of " + Character.toUpperCase(id.charAt(0))
                    + id.substring(1) + "ia", id.toUpperCase(java.util.Locale.ROOT), id.compareTo("d") < 0 ? "Group A"
                    : "Group B"));
        }
        List<Meeting> meetings = new ArrayList<>();
        for (int m = 1; m <= MEETINGS; m++) {
            meetings.add(new Meeting("m-" + m, "Meeting " + m + " of the drafting committee",
                    LocalDate.of(2026, 2, 1).plusWeeks(3L * (m - 1)), "Geneva"));
        }
        return info.withDelegations(delegations).withMeetings(meetings);
    }

    /**
     * The clause with {@code count} brackets over words of its first paragraph, each "[word][other][other]", and
     * a decision putting it under discussion at a meeting. Brackets stand two words apart at least, so that
     * each is a bracket of its own.
     */
    Clause bracketed(Clause clause, int count) {
        String[] paragraphs = clause.text().split("\n", -1);
        String[] first = paragraphs[0].split(" ", -1);
        List<Bracket> brackets = new ArrayList<>();
        int step = Math.max(2, (first.length - 2) / count);
        for (int k = 0, at = 1; k < count && at < first.length - 1; k++, at += step) {
            List<String> options = List.of(first[at], words[random.nextInt(words.length)],
                    words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]);
            first[at] = "[" + String.join("][", options) + "]";
            brackets.add(new Bracket(String.format("b-%08x", nextBracket++), BracketState.OPEN, attributed(options),
                    -1));
        }
        paragraphs[0] = String.join(" ", first);
        String meeting = "m-" + (1 + random.nextInt(MEETINGS));
        return clause.withoutDecisions().withText(String.join("\n", paragraphs)).withBrackets(brackets)
                .withDecision(Decision.status(String.format("d-n%07x", nextBracket), MEETING_TIME, "Ingrid Solberg",
                        meeting, DELEGATIONS[random.nextInt(DELEGATIONS.length)], ClauseStatus.PROPOSED,
                        ClauseStatus.UNDER_DISCUSSION, "Brackets put on the table"));
    }

    /** Three options, each with one delegation proposing, up to two supporting and one opposing: eight in all. */
    private List<BracketOption> attributed(List<String> texts) {
        List<String> order = new ArrayList<>(List.of(DELEGATIONS));
        java.util.Collections.shuffle(order, random);
        List<BracketOption> options = new ArrayList<>();
        int d = 0;
        for (int o = 0; o < texts.size(); o++) {
            int supporters = o == 2 ? 1 : 2;
            options.add(new BracketOption(texts.get(o), List.of(order.get(d)), order.subList(d + 1, d + 1 + supporters),
                    List.of(order.get((d + 4) % order.size())), o == 0 ? "" : "Proposed at the meeting"));
            d += 1 + supporters;
        }
        return options;
    }
}
