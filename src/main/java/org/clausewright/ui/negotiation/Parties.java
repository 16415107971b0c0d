package org.clausewright.ui.negotiation;

import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;

import java.util.List;

/** What the Delegations and meetings dialog hands back: the lists as the member left them. */
public record Parties(List<Delegation> delegations, List<Meeting> meetings, List<Member> members) {
    public Parties {
        delegations = List.copyOf(delegations);
        meetings = List.copyOf(meetings);
        members = List.copyOf(members);
    }
}
