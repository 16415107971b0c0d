package org.clausewright.ui.history;

import org.clausewright.diff.DiffSegment;

import java.util.List;

/**
 * One changed clause in a comparison, and its words coloured by the view from the segments' kinds.
 *
 * @param title "3.3.1  Duty to report" (the clause's number now, or its last one if it left the draft)
 * @param what    what happened to it in words: "moved from 3.2.1 to 3.3.1 · text changed"
 * @param details one line per bracket or decision change, saying what changed and who: "bracket b-12: option
 *                “the competent national authority” added by CHN"
 */
public record ChangeRow(String clauseId, String title, String what, List<String> details, List<DiffSegment> text) {
    public ChangeRow {
        details = List.copyOf(details);
        text = List.copyOf(text);
    }
}
