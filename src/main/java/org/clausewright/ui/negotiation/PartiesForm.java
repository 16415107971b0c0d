package org.clausewright.ui.negotiation;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clausewright.model.Delegation;
import org.clausewright.model.Ids;
import org.clausewright.model.Meeting;
import org.clausewright.model.Member;
import org.clausewright.model.ProjectInfo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Delegations and meetings dialog's state, without its controls. A delegation or meeting added in this dialog
 * takes its id from its short name (or title) as the member types it; one that was already there keeps its id,
 * since clauses name it by that id.
 */
public final class PartiesForm {
    private final ObservableList<Delegation> delegations;
    private final ObservableList<Meeting> meetings;
    private final ObservableList<Member> members;
    private final Set<String> knownDelegations;
    private final Set<String> knownMeetings;

    public PartiesForm(ProjectInfo info) {
        delegations = FXCollections.observableArrayList(info.delegations());
        meetings = FXCollections.observableArrayList(info.meetings());
        members = FXCollections.observableArrayList(info.members());
        knownDelegations = info.delegations().stream().map(Delegation::id).collect(Collectors.toSet());
        knownMeetings = info.meetings().stream().map(Meeting::id).collect(Collectors.toSet());
    }

    public ObservableList<Delegation> delegations() {
        return delegations;
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObservableList<Member> members() {
        return members;
    }

    /** Appends a delegation and returns its index. */
    public int addDelegation(String name, String shortName, String group) {
        delegations.add(new Delegation(delegationId(shortName, name, -1), name, shortName, group));
        return delegations.size() - 1;
    }

    public void updateDelegation(int index, String name, String shortName, String group) {
        Delegation old = delegations.get(index);
        String id = knownDelegations.contains(old.id()) ? old.id() : delegationId(shortName, name, index);
        if (!id.equals(old.id())) {
            renameMemberships(old.id(), id);
        }
        delegations.set(index, new Delegation(id, name, shortName, group, old.extras()));
    }

    /** Removes a delegation from the list; its members then belong to none (a membership is no attribution). */
    public void removeDelegation(int index) {
        renameMemberships(delegations.remove(index).id(), "");
    }

    public int addMeeting(String title, LocalDate date, String place) {
        meetings.add(new Meeting(meetingId(title, -1), title, date, place));
        return meetings.size() - 1;
    }

    public void updateMeeting(int index, String title, LocalDate date, String place) {
        Meeting old = meetings.get(index);
        String id = knownMeetings.contains(old.id()) ? old.id() : meetingId(title, index);
        meetings.set(index, new Meeting(id, title, date, place, old.extras()));
    }

    public void removeMeeting(int index) {
        meetings.remove(index);
    }

    public void setMemberDelegation(int index, String delegationId) {
        members.set(index, members.get(index).withDelegation(delegationId == null ? "" : delegationId));
    }

    public Parties result() {
        return new Parties(delegations, meetings, members);
    }

    private void renameMemberships(String from, String to) {
        for (int k = 0; k < members.size(); k++) {
            if (members.get(k).delegation().equals(from)) {
                members.set(k, members.get(k).withDelegation(to));
            }
        }
    }

    private String delegationId(String shortName, String name, int except) {
        String basis = shortName == null || shortName.isBlank() ? name : shortName;
        Set<String> taken = taken(delegations.stream().map(Delegation::id).toList(), except);
        // A short name in Latin letters is the party's code, the same party at every site; any other gets a
        // random id, or two sites' delegations named in Arabic would both be "item".
        return Ids.slug(basis).isEmpty() ? Ids.unique("", basis, taken) : Ids.fromText("", basis, taken);
    }

    private String meetingId(String title, int except) {
        return Ids.unique("m-", title, taken(meetings.stream().map(Meeting::id).toList(), except));
    }

    private static Set<String> taken(List<String> ids, int except) {
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < ids.size(); k++) {
            if (k != except) {
                taken.add(ids.get(k));
            }
        }
        return taken;
    }
}
