package org.clausewright.store;

import org.clausewright.model.Bracket;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warnings for the negotiation's names that point nowhere: a delegation or meeting that project.json does not
 * list (deleted from the list, or added on another site and not merged yet), a bracket a decision names that the
 * clause has no record of. They are kept as they are, never dropped: the window shows the id.
 */
final class PartyReferences {
    private final Set<String> delegations;
    private final Set<String> meetings;
    private final ProjectReader.Locator locator;
    private final List<Problem> warnings;

    private PartyReferences(ProjectInfo info, ProjectReader.Locator locator, List<Problem> warnings) {
        this.delegations = info.delegations().stream().map(Delegation::id).collect(Collectors.toSet());
        this.meetings = info.meetings().stream().map(Meeting::id).collect(Collectors.toSet());
        this.locator = locator;
        this.warnings = warnings;
    }

    static void check(ProjectInfo info, Iterable<Clause> clauses, ProjectReader.Locator locator,
                      List<Problem> warnings) {
        PartyReferences c = new PartyReferences(info, locator, warnings);
        for (int i = 0; i < info.members().size(); i++) {
            Member m = info.members().get(i);
            if (!m.delegation().isEmpty() && !c.delegations.contains(m.delegation())) {
                c.warn(ProjectPaths.PROJECT, "/members/" + i + "/delegation", m.name() + " belongs to delegation \""
                        + m.delegation() + "\", which is not one of the delegations in project.json");
            }
        }
        List<Clause> sorted = new ArrayList<>();
        clauses.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Clause::id));
        for (Clause clause : sorted) {
            c.brackets(clause);
            c.decisions(clause);
        }
    }

    // The pointers are spelled out only for a warning: 15,000 options of a negotiated draft named known delegations,
    // and building their pointers and a set each was a good part of reading the draft.
    private void brackets(Clause clause) {
        String path = ProjectPaths.clause(clause.id());
        for (Bracket b : clause.brackets()) {
            for (int o = 0; o < b.options().size(); o++) {
                BracketOption option = b.options().get(o);
                delegations(path, "proposedBy", option.proposedBy(), b, o);
                delegations(path, "supportedBy", option.supportedBy(), b, o);
                delegations(path, "opposedBy", option.opposedBy(), b, o);
                List<String> all = concat(option);
                for (int k = 0; k < all.size(); k++) {
                    String d = all.get(k);
                    if (all.subList(0, k).contains(d)) {
                        warn(path, optionPointer(b, o), "delegation \"" + d + "\" stands in more than "
                                + "one place on option " + (o + 1) + " of bracket " + b.id()
                                + " (proposed, supports, opposes): keep one");
                    }
                }
            }
        }
    }

    private static String optionPointer(Bracket b, int option) {
        return "/brackets/@" + b.id() + "/options/" + option;
    }

    private void delegations(String path, String key, List<String> ids, Bracket b, int option) {
        for (int k = 0; k < ids.size(); k++) {
            if (!delegations.contains(ids.get(k))) {
                warn(path, optionPointer(b, option) + "/" + key + "/" + k, "option " + (option + 1) + " of bracket "
                        + b.id() + " names delegation \"" + ids.get(k)
                        + "\", which is not one of the delegations in project.json");
            }
        }
    }

    private void decisions(Clause clause) {
        String path = ProjectPaths.clause(clause.id());
        for (Decision d : clause.decisions()) {
            // by id: the decision a schema-1 status becomes has no place in that file
            String at = "/decisions/@" + d.id();
            if (!d.meeting().isEmpty() && !meetings.contains(d.meeting())) {
                warn(path, at + "/meeting", "decision " + d.id() + " was taken at meeting \"" + d.meeting()
                        + "\", which is not one of the meetings in project.json");
            }
            if (!d.requestedBy().isEmpty() && !delegations.contains(d.requestedBy())) {
                warn(path, at + "/requestedBy", "decision " + d.id() + " was requested by delegation \""
                        + d.requestedBy() + "\", which is not one of the delegations in project.json");
            }
            if (!d.bracket().isEmpty() && clause.bracket(d.bracket()).isEmpty()) {
                warn(path, at + "/bracket", "decision " + d.id() + " names bracket " + d.bracket()
                        + ", which this clause has no record of");
            }
        }
    }

    private static List<String> concat(BracketOption o) {
        List<String> all = new ArrayList<>(o.proposedBy().size() + o.supportedBy().size() + o.opposedBy().size());
        all.addAll(o.proposedBy());
        all.addAll(o.supportedBy());
        all.addAll(o.opposedBy());
        return all;
    }

    private void warn(String path, String pointer, String message) {
        warnings.add(locator.locate(path, pointer, message));
    }
}
