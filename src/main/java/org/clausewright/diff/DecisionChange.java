package org.clausewright.diff;

import org.clausewright.model.ClauseStatus;

/**
 * A status decision recorded on a clause between two states ("under discussion → agreed in working group").
 *
 * @param meeting     the meeting's title, or ""
 * @param requestedBy the requesting delegation's short name, or ""
 */
public record DecisionChange(ClauseStatus from, ClauseStatus to, String meeting, String requestedBy,
                             String recordedBy, String note) {
}
