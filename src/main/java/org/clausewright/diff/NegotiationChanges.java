package org.clausewright.diff;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.BracketState;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.DecisionKind;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Negotiation;
import org.clausewright.model.ProjectInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in a clause's negotiation between two states: its brackets, each taken as one unit (matched by id),
 * and the status decisions appended to its log. Bracket decisions are not repeated: the bracket's own change says
 * it was cleaned or deleted.
 */
final class NegotiationChanges {
    private final Function<String, String> shortName;
    private final Function<String, String> meetingTitle;

    NegotiationChanges(ProjectInfo older, ProjectInfo newer) {
        this.shortName = id -> newer.delegation(id).or(() -> older.delegation(id)).map(Delegation::shortName)
                .orElse(id);
        this.meetingTitle = id -> newer.meeting(id).or(() -> older.meeting(id)).map(Meeting::title).orElse(id);
    }

    List<BracketChange> brackets(Clause older, Clause newer) {
        List<BracketChange> changes = new ArrayList<>();
        Map<String, Bracket> before = older.brackets().stream()
                .collect(Collectors.toMap(Bracket::id, b -> b, (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (Bracket now : newer.brackets()) {
            seen.add(now.id());
            Bracket was = before.get(now.id());
            if (was == null) {
                added(older, newer, now, changes);
            } else if (was.state() != now.state()) {
                stateChanged(was, now, changes, decidedIn(older, newer, now.id()));
            } else if (now.isOpen()) {
                options(was, now, changes);
            }
        }
        for (Bracket was : older.brackets()) {
            if (!seen.contains(was.id()) && was.isOpen()) {
                changes.add(new BracketChange(BracketChange.Kind.DROPPED, was.id(), printed(was), "", "", List.of()));
            }
        }
        return changes;
    }

    List<DecisionChange> decisions(Clause older, Clause newer) {
        Set<String> known = older.decisions().stream().map(Decision::id).collect(Collectors.toSet());
        List<DecisionChange> changes = new ArrayList<>();
        for (Decision d : newer.decisions()) {
            if (!known.contains(d.id()) && d.kind() == DecisionKind.STATUS) {
                changes.add(change(d));
            }
        }
        return changes;
    }

    private void added(Clause older, Clause newer, Bracket now, List<BracketChange> changes) {
        if (now.state() != BracketState.OPEN) {
            stateChanged(now.reopened(), now, changes, decidedIn(older, newer, now.id()));
            return;
        }
        changes.add(new BracketChange(BracketChange.Kind.OPENED, now.id(), printed(now), "", "", List.of()));
        for (BracketOption option : now.options()) {
            stances(now.id(), BracketOption.unattributed(option.text()), option, changes);
        }
    }

    // The latest bracket decision on this bracket that the older log does not have: who cleaned it, where and why.
    private DecisionChange decidedIn(Clause older, Clause newer, String bracketId) {
        Set<String> known = older.decisions().stream().map(Decision::id).collect(Collectors.toSet());
        DecisionChange found = null;
        for (Decision d : newer.decisions()) {
            if (!known.contains(d.id()) && d.kind() != DecisionKind.STATUS && bracketId.equals(d.bracket())) {
                found = change(d);
            }
        }
        return found;
    }

    private DecisionChange change(Decision d) {
        return new DecisionChange(d.from(), d.to(), d.meeting().isEmpty() ? "" : meetingTitle.apply(d.meeting()),
                d.requestedBy().isEmpty() ? "" : shortName.apply(d.requestedBy()), d.recordedBy(), d.note());
    }

    private void stateChanged(Bracket was, Bracket now, List<BracketChange> changes, DecisionChange decision) {
        switch (now.state()) {
            case CLEANED -> changes.add(new BracketChange(BracketChange.Kind.CLEANED, now.id(),
                    now.options().get(now.chosen()).text(), printed(was), "", List.of(), decision));
            case DELETED -> changes.add(new BracketChange(BracketChange.Kind.DELETED, now.id(), printed(was), "", "",
                    List.of(), decision));
            case OPEN -> changes.add(new BracketChange(BracketChange.Kind.REOPENED, now.id(), printed(now), "", "",
                    List.of()));
        }
    }

    // Options with the same words are the same option; the rest are paired in order, as reworded (as BracketSync
    // pairs them when a member edits the wording), and what is left over was added or removed.
    private void options(Bracket was, Bracket now, List<BracketChange> changes) {
        List<BracketOption> old = new ArrayList<>(was.options());
        BracketOption[] match = new BracketOption[now.options().size()];
        for (int k = 0; k < match.length; k++) {
            for (int o = 0; o < old.size(); o++) {
                if (old.get(o) != null && old.get(o).text().equals(now.options().get(k).text())) {
                    match[k] = old.get(o);
                    old.set(o, null);
                    break;
                }
            }
        }
        List<BracketOption> rest = old.stream().filter(o -> o != null).collect(Collectors.toCollection(ArrayList::new));
        for (int k = 0; k < match.length; k++) {
            BracketOption option = now.options().get(k);
            if (match[k] == null && !rest.isEmpty()) {
                match[k] = rest.remove(0);
                changes.add(new BracketChange(BracketChange.Kind.OPTION_REWORDED, now.id(), option.text(),
                        match[k].text(), "", List.of()));
            }
            if (match[k] == null) {
                changes.add(new BracketChange(BracketChange.Kind.OPTION_ADDED, now.id(), option.text(), "", "",
                        names(option.proposedBy())));
                // its proposers are named with it; who supports or opposes it follows
                stances(now.id(), BracketOption.unattributed(option.text()), option, changes,
                        Set.copyOf(option.proposedBy()));
                continue;
            }
            stances(now.id(), match[k], option, changes);
            if (!match[k].note().equals(option.note())) {
                changes.add(new BracketChange(BracketChange.Kind.NOTE, now.id(), option.text(), match[k].note(),
                        option.note(), List.of()));
            }
        }
        for (BracketOption gone : rest) {
            changes.add(new BracketChange(BracketChange.Kind.OPTION_REMOVED, now.id(), gone.text(), "", "", List.of()));
        }
    }

    private void stances(String bracketId, BracketOption was, BracketOption now, List<BracketChange> changes) {
        stances(bracketId, was, now, changes, Set.of());
    }

    /** One change per delegation whose stance on the option differs; {@code said} are already named. */
    private void stances(String bracketId, BracketOption was, BracketOption now, List<BracketChange> changes,
                         Set<String> said) {
        Set<String> delegations = new LinkedHashSet<>();
        for (BracketOption o : List.of(was, now)) {
            delegations.addAll(o.proposedBy());
            delegations.addAll(o.supportedBy());
            delegations.addAll(o.opposedBy());
        }
        for (String d : delegations) {
            BracketOption.Stance before = was.stanceOf(d);
            BracketOption.Stance after = now.stanceOf(d);
            if (before != after && !said.contains(d)) {
                changes.add(new BracketChange(BracketChange.Kind.STANCE, bracketId, now.text(),
                        before == null ? "" : before.key(), after == null ? "" : after.key(),
                        List.of(shortName.apply(d))));
            }
        }
    }

    private List<String> names(List<String> ids) {
        return ids.stream().map(shortName).toList();
    }

    private static String printed(Bracket b) {
        return Negotiation.describe(b.optionTexts());
    }
}
