package org.clausewright.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a clause's decision log, which is only ever appended to. A clause's status is the {@code to} of
 * its latest decision; a bracket decision leaves the status as it was ({@code from == to}).
 *
 * @param time        when it was recorded, or null for a status carried over from a file of schema version 1
 * @param recordedBy  the member who recorded it
 * @param meeting     the id of the meeting at which it was taken, or ""
 * @param requestedBy the id of the delegation at whose request, or ""
 * @param bracket     the bracket cleaned or deleted, or "" for a status decision
 * @param chosen      the option chosen, for a cleaned bracket; -1 otherwise
 * @param note        why, in the committee's words
 */
public record Decision(String id, Instant time, String recordedBy, String meeting, String requestedBy,
                       DecisionKind kind, ClauseStatus from, ClauseStatus to, String bracket, int chosen,
                       String note, Extras extras) {
    public Decision {
        Ids.require(id, "decision");
        recordedBy = recordedBy == null ? "" : recordedBy;
        meeting = meeting == null ? "" : meeting;
        requestedBy = requestedBy == null ? "" : requestedBy;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        bracket = bracket == null ? "" : bracket;
        note = note == null ? "" : note;
        if (kind != DecisionKind.STATUS && bracket.isEmpty()) {
            throw new IllegalArgumentException("decision " + id + " (" + kind.key() + ") names no bracket");
        }
        if (kind != DecisionKind.BRACKET_CLEANED && chosen != -1) {
            throw new IllegalArgumentException("decision " + id + " (" + kind.key() + ") cannot choose an option");
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Decision(String id, Instant time, String recordedBy, String meeting, String requestedBy,
                    DecisionKind kind, ClauseStatus from, ClauseStatus to, String bracket, int chosen, String note) {
        this(id, time, recordedBy, meeting, requestedBy, kind, from, to, bracket, chosen, note, Extras.NONE);
    }

    /** A new decision id, unique across sites without coordination. */
    public static String newId() {
        return Ids.random("d-");
    }

    public static Decision status(String id, Instant time, String recordedBy, String meeting, String requestedBy,
                                  ClauseStatus from, ClauseStatus to, String note) {
        return new Decision(id, time, recordedBy, meeting, requestedBy, DecisionKind.STATUS, from, to, "", -1, note);
    }
}
