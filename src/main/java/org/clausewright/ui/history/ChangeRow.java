package org.clausewright.ui.history;

import org.clausewright.diff.DiffSegment;

import java.util.List;

/**
 * One changed clause in a comparison: "3.2.1 → 3.3.1  Duty to report  (moved, text changed)" and its
 * words, coloured by the view from the segments' kinds.
 */
public record ChangeRow(String clauseId, String title, String kinds, List<DiffSegment> text) {
    public ChangeRow {
        text = List.copyOf(text);
    }
}
