package org.clausewright.ui.negotiation;

/**
 * How a bracket is to be cleaned, as asked for in the Clean bracket dialog.
 *
 * @param option  the index of the agreed option, or {@link org.clausewright.command.CleanBracket#DELETE}
 * @param meeting a meeting id, or ""
 */
public record CleaningForm(int option, String meeting, String note) {
    public CleaningForm {
        meeting = meeting == null ? "" : meeting;
        note = note == null ? "" : note.strip();
    }
}
