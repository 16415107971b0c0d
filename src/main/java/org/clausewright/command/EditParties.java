package org.clausewright.command;

import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets the delegations and meetings of the negotiation, and which delegation each member belongs to (the
 * Project ▸ Delegations and meetings dialog). A delegation or meeting still named in a clause is kept in the
 * clause: what it names is shown by its id until it is listed again.
 */
public record EditParties(List<Delegation> delegations, List<Meeting> meetings, List<Member> members)
        implements Command {
    public EditParties {
        delegations = List.copyOf(delegations);
        meetings = List.copyOf(meetings);
        members = List.copyOf(members);
    }

    @Override
    public String name() {
        return "command.editParties";
    }

    @Override
    public Project apply(Project project) {
        requireUnique(delegations.stream().map(Delegation::id).toList(), "delegation");
        requireUnique(meetings.stream().map(Meeting::id).toList(), "meeting");
        Set<String> known = new HashSet<>(delegations.stream().map(Delegation::id).toList());
        for (Member m : members) {
            if (!m.delegation().isEmpty() && !known.contains(m.delegation())) {
                throw new IllegalArgumentException(m.name() + " belongs to delegation " + m.delegation()
                        + ", which is not in the list");
            }
        }
        ProjectInfo info = project.info().withDelegations(delegations).withMeetings(meetings).withMembers(members);
        return info.equals(project.info()) ? project : project.withInfo(info);
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two " + what + "s have the id " + id);
            }
        }
    }
}
