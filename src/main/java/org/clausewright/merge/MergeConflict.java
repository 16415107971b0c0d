package org.clausewright.merge;

import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.InfoRecord;

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
 *                 not in the draft); for a record of project.json, its one-line summary
 * @param records  for a record of project.json (a delegation, member, meeting, category or source), the three
 *                 records whole, so that nothing of the side not held is lost while the member decides; else null
 * @param elements for a framework element one site removed while the other changed it, the element as each side
 *                 has it (null at the side that removed it); else null
 * @param kept     for a framework one site removed while the other edited it, the framework as the site that kept
 *                 it has it, so that a member who chose the removal can still choose to keep it (null when the
 *                 conflict was listed by a version that did not keep it); else null
 */
public record MergeConflict(Kind kind, String clauseId, String field, String base, String ours, String theirs,
                            Side holds, Records records, Elements elements, Framework kept) {
    public MergeConflict {
        Objects.requireNonNull(kind, "kind");
        clauseId = clauseId == null ? "" : clauseId;
        Objects.requireNonNull(field, "field");
        base = base == null ? "" : base;
        ours = ours == null ? "" : ours;
        theirs = theirs == null ? "" : theirs;
        Objects.requireNonNull(holds, "holds");
        if ((kind == Kind.RECORD) != (records != null)) {
            throw new IllegalArgumentException("a conflict over a record of project.json, and only one, carries "
                    + "the records");
        }
        if ((kind == Kind.FRAMEWORK && field.equals(FrameworkFields.WHOLE_ELEMENT)) != (elements != null)) {
            throw new IllegalArgumentException("a conflict over a framework element kept at one site only, and only "
                    + "one, carries the elements");
        }
        if (kept != null && !(kind == Kind.FRAMEWORK && field.equals(FrameworkFields.WHOLE_FRAMEWORK))) {
            throw new IllegalArgumentException("only a conflict over a framework kept at one site carries it");
        }
    }

    public MergeConflict(Kind kind, String clauseId, String field, String base, String ours, String theirs,
                         Side holds, Records records, Elements elements) {
        this(kind, clauseId, field, base, ours, theirs, holds, records, elements, null);
    }

    public MergeConflict(Kind kind, String clauseId, String field, String base, String ours, String theirs,
                         Side holds, Records records) {
        this(kind, clauseId, field, base, ours, theirs, holds, records, null, null);
    }

    public MergeConflict(Kind kind, String clauseId, String field, String base, String ours, String theirs,
                         Side holds) {
        this(kind, clauseId, field, base, ours, theirs, holds, null, null, null);
    }

    /**
     * One site removed a framework element the other changed: listed by "framework/element", the draft holding the
     * changed element (the side that has it) until a member chooses; {@code after} is the element it follows there.
     */
    public static MergeConflict ofElements(String frameworkId, FrameworkElement base, FrameworkElement ours,
                                           FrameworkElement theirs, String after) {
        return new MergeConflict(Kind.FRAMEWORK, FrameworkFields.subject(frameworkId, base.id()),
                FrameworkFields.WHOLE_ELEMENT, FrameworkFields.line(base), FrameworkFields.line(ours),
                FrameworkFields.line(theirs), ours == null ? Side.THEIRS : Side.OURS, null,
                new Elements(base, ours, theirs, after));
    }

    /**
     * One site removed a framework the other edited: listed by its id, the draft holding the edited framework
     * ({@code kept}, at the side that has it) until a member chooses; each side's value is its title, "" where removed.
     */
    public static MergeConflict ofFramework(Framework base, Framework ours, Framework theirs) {
        Framework kept = ours != null ? ours : theirs;
        return new MergeConflict(Kind.FRAMEWORK, kept.id(), FrameworkFields.WHOLE_FRAMEWORK, base.displayTitle(),
                ours == null ? "" : ours.displayTitle(), theirs == null ? "" : theirs.displayTitle(),
                ours != null ? Side.OURS : Side.THEIRS, null, null, kept);
    }

    /** The element the draft holds when {@code side} is chosen; null when that side removed it. */
    public FrameworkElement element(Side side) {
        return switch (side) {
            case BASE -> elements.base();
            case OURS -> elements.ours();
            case THEIRS -> elements.theirs();
        };
    }

    /** Both sites changed a record of project.json differently: listed by its kind and key, {@code ours} held. */
    public static MergeConflict ofRecords(InfoRecord base, InfoRecord ours, InfoRecord theirs) {
        return new MergeConflict(Kind.RECORD, ours.key(), ours.kind(), base == null ? "" : base.summary(),
                ours.summary(), theirs.summary(), Side.OURS, new Records(base, ours, theirs));
    }

    /** The record the draft holds when {@code side} is chosen (null for the base when both sites added it). */
    public InfoRecord record(Side side) {
        return switch (side) {
            case BASE -> records.base();
            case OURS -> records.ours();
            case THEIRS -> records.theirs();
        };
    }

    /**
     * Whether {@code side} can be chosen: every side can, but the base of a record both sites added, and the base of
     * a framework one site removed and the other edited (kept as edited, or removed: its earlier version is in the
     * history).
     */
    public boolean offers(Side side) {
        if (kind == Kind.FRAMEWORK && field.equals(FrameworkFields.WHOLE_FRAMEWORK)) {
            return side != Side.BASE;
        }
        return kind != Kind.RECORD || record(side) != null;
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
        return new MergeConflict(kind, clauseId, field, base, ours, theirs, side, records, elements, kept);
    }

    /** What the conflict is about, which decides how a choice is applied. */
    public enum Kind {
        /** A clause field that is one value: heading, category, rationale, alternativeOf. */
        CLAUSE_FIELD,
        /** The clause's status: both sites recorded decisions that end in different statuses. */
        STATUS,
        /** Both sites moved the clause to different places (or one moved it and the other took it out). */
        PLACEMENT,
        /**
         * The order of the items all three drafts have in one container of the outline, changed differently at both
         * sites; the clause id is the container ("" for the parts, "p:" + id a part, "s:" + id a section) and each
         * value an {@link OutlineOrder}.
         */
        ORDER,
        /** A part's or a section's title. */
        OUTLINE_TITLE,
        /** The project's title or subtitle. */
        PROJECT,
        /** A translation's heading; the field is the language. */
        TRANSLATION_HEADING,
        /**
         * A record of project.json (delegation, member, meeting, category, source); the field is its kind, the
         * clause id its key.
         */
        RECORD,
        /**
         * A framework's field (the clause id is the framework's id) or one of its elements' fields (the clause id
         * is "framework/element"); the field "element" is an element one site removed while the other changed it.
         */
        FRAMEWORK
    }

    /**
     * A framework element as it was before, here and there (null at the site that removed it), and the element
     * it follows in the draft that kept it ("" when first), where a choice puts it back.
     */
    public record Elements(FrameworkElement base, FrameworkElement ours, FrameworkElement theirs, String after) {
        public Elements {
            Objects.requireNonNull(base, "base");
            after = after == null ? "" : after;
        }
    }

    /** A record of project.json as it was before, here and there; the base is null when both sites added it. */
    public record Records(InfoRecord base, InfoRecord ours, InfoRecord theirs) {
        public Records {
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(theirs, "theirs");
        }
    }

    /** Which draft's value: the common ancestor's, ours (the draft that merges) or theirs (the one coming in). */
    public enum Side {
        BASE, OURS, THEIRS
    }
}
