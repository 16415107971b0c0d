package org.clausewright.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one clause differs between two states of a project.
 *
 * @param heading     the clause's heading in the newer state, else the older; empty when neither state's
 *                    clause map holds the clause (see {@link DraftComparator})
 * @param library     the clause is in the library (in neither outline); ADDED and REMOVED then mean its file
 *                    was created or deleted
 * @param file        whether the clause's file was created or deleted between the two states
 * @param from        where it was in the older outline; null when it was not in it
 * @param to          where it is in the newer outline; null when it is not in it
 * @param headingDiff word diff of the heading (against "" for a side without the file); null when neither
 *                    clause map holds the clause, since its content then did not change
 * @param textDiff    word diff of the text, on the same terms as {@code headingDiff}
 * @param metadata    changed metadata fields, in {@link MetadataChange.Field} order; empty unless both
 *                    sides hold the clause
 * @param brackets    its brackets that changed, each as a unit, in the newer clause's order
 * @param decisions   status decisions recorded on it since the older state, oldest first
 */
public record ClauseChange(String clauseId, String heading, Set<Kind> kinds, boolean library, FileChange file,
                           Position from, Position to, TextDiff headingDiff, TextDiff textDiff,
                           List<MetadataChange> metadata, List<BracketChange> brackets,
                           List<DecisionChange> decisions) {
    public enum Kind {
        ADDED, REMOVED, MOVED, RENUMBERED, HEADING_CHANGED, TEXT_CHANGED, METADATA_CHANGED,
        /** Its brackets or its decision log changed. */
        NEGOTIATED
    }

    public ClauseChange(String clauseId, String heading, Set<Kind> kinds, boolean library, FileChange file,
                        Position from, Position to, TextDiff headingDiff, TextDiff textDiff,
                        List<MetadataChange> metadata) {
        this(clauseId, heading, kinds, library, file, from, to, headingDiff, textDiff, metadata, List.of(), List.of());
    }

    public enum FileChange {
        NONE, CREATED, DELETED
    }

    public ClauseChange {
        Objects.requireNonNull(clauseId, "clauseId");
        heading = heading == null ? "" : heading;
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        Objects.requireNonNull(file, "file");
        metadata = List.copyOf(metadata);
        brackets = List.copyOf(brackets);
        decisions = List.copyOf(decisions);
    }

    public boolean is(Kind kind) {
        return kinds.contains(kind);
    }

    /** Added to the draft from the library, rather than written new. */
    public boolean fromLibrary() {
        return is(Kind.ADDED) && !library && file != FileChange.CREATED;
    }

    /** Taken out of the draft but kept in the library, rather than deleted. */
    public boolean toLibrary() {
        return is(Kind.REMOVED) && !library && file != FileChange.DELETED;
    }
}
