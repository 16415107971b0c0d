package org.clausewright.diff;

import java.util.List;

/**
 * The word-level difference between two texts: segments in reading order, adjacent segments never of the
 * same kind, and within a change the deleted words before the inserted ones (the order Word shows tracked
 * changes in). EQUAL plus DELETED segments spell the old text exactly, EQUAL plus INSERTED the new.
 *
 * @param wordsDeleted  words (not spaces or punctuation) in DELETED segments
 * @param wordsInserted words in INSERTED segments
 */
public record TextDiff(List<DiffSegment> segments, int wordsDeleted, int wordsInserted) {
    public TextDiff {
        segments = List.copyOf(segments);
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(DiffSegment::isChange);
    }

    public String oldText() {
        return join(DiffSegment.Kind.DELETED);
    }

    public String newText() {
        return join(DiffSegment.Kind.INSERTED);
    }

    private String join(DiffSegment.Kind side) {
        StringBuilder sb = new StringBuilder();
        for (DiffSegment s : segments) {
            if (s.kind() == DiffSegment.Kind.EQUAL || s.kind() == side) {
                sb.append(s.text());
            }
        }
        return sb.toString();
    }
}
