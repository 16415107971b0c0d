package org.clausewright.ui.negotiation;

import org.clausewright.model.ClauseStatus;

/**
 * A decision as asked for in the Decide dialog.
 *
 * @param meeting     a meeting id, or ""
 * @param requestedBy a delegation id, or ""
 */
public record DecisionForm(ClauseStatus status, String meeting, String requestedBy, String note) {
    public DecisionForm {
        meeting = meeting == null ? "" : meeting;
        requestedBy = requestedBy == null ? "" : requestedBy;
        note = note == null ? "" : note.strip();
    }
}
