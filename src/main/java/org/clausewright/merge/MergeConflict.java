package org.clausewright.merge;

import java.util.Objects;

/**
 * A change both sites made differently that is not clause text (clause text becomes a bracket instead): the draft
 * holds {@code holds} until a member chooses, which {@code command.MergeResolution} does.
 *
 * @param clauseId the clause it is about; for a part or section title the part's or section's id, for the
 *                 project's title ""
 * @param field    what changed: "heading", "category", "status", "rationale", "alternativeOf", "placement",
 *                 "part", "section" (their titles), "title", "subtitle"; for a translation's heading, its language
 * @param base     the value both sites started from ("" when there was none); a status as its key; a placement as
 *                 the container's id and, after a space, the id of the item before it ("" when first, "-" when
 *                 not in the draft)
 */
public record MergeConflict(Kind kind, String clauseId, String field, String base, String ours, String theirs,
                            Side holds) {
    public MergeConflict {
        Objects.requireNonNull(kind, "kind");
        clauseId = clauseId == null ? "" : clauseId;
        Objects.requireNonNull(field, "field");
        base = base == null ? "" : base;
        ours = ours == null ? "" : ours;
        theirs = theirs == null ? "" : theirs;
        Objects.requireNonNull(holds, "holds");
    }

    /** The value the draft holds when {@code side} is chosen. */
    public String value(Side side) {
        return switch (side) {
            case BASE -> base;
            case OURS -> ours;
            case THEIRS -> theirs;
        };
    }

    public MergeConflict holding(Side side) {
        return new MergeConflict(kind, clauseId, field, base, ours, theirs, side);
    }

    /** What the conflict is about, which decides how a choice is applied. */
    public enum Kind {
        /** A clause field that is one value: heading, category, rationale, alternativeOf. */
        CLAUSE_FIELD,
        /** The clause's status: both sites recorded decisions that end in different statuses. */
        STATUS,
        /** Both sites moved the clause to different places (or one moved it and the other took it out). */
        PLACEMENT,
        /** A part's or a section's title. */
        OUTLINE_TITLE,
        /** The project's title or subtitle. */
        PROJECT,
        /** A translation's heading; the field is the language. */
        TRANSLATION_HEADING
    }

    /** Which draft's value: the common ancestor's, ours (the draft that merges) or theirs (the one coming in). */
    public enum Side {
        BASE, OURS, THEIRS
    }
}
