package org.clausewright.merge;

import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.Framework;
import org.clausewright.model.FrameworkElement;
import org.clausewright.model.InfoRecord;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;

import java.util.List;
import java.util.Optional;

/**
 * What a listed conflict's value is in a draft now, and which side that is: the Merge results view shows the
 * choice from the draft itself, so undo and redo (or an edit by hand) show as they are.
 */
public final class ConflictState {
    private static final List<MergeConflict.Side> SIDES = List.of(MergeConflict.Side.OURS, MergeConflict.Side.THEIRS,
            MergeConflict.Side.BASE);

    private ConflictState() {
    }

    /** The side whose value the draft holds, or empty when it holds none of the three (edited since). */
    public static Optional<MergeConflict.Side> held(Project project, MergeConflict conflict) {
        if (conflict.kind() == MergeConflict.Kind.RECORD) {
            InfoRecord now = conflict.record(MergeConflict.Side.OURS).in(project.info());
            return now == null ? Optional.empty() : SIDES.stream().filter(s -> now.equals(conflict.record(s)))
                    .findFirst();
        }
        if (conflict.elements() != null) {
            Optional<Framework> fw = project.framework(FrameworkFields.frameworkId(conflict.clauseId()));
            if (fw.isEmpty()) {
                return Optional.empty();
            }
            FrameworkElement now = fw.get().element(conflict.elements().base().id()).orElse(null);
            return SIDES.stream().filter(s -> java.util.Objects.equals(now, conflict.element(s))).findFirst();
        }
        String now = current(project, conflict);
        if (now == null) {
            return Optional.empty();
        }
        for (MergeConflict.Side side : SIDES) {
            if (now.equals(conflict.value(side))) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    /** The value in the form {@link MergeConflict} keeps it, or null when its clause or part is gone. */
    public static String current(Project project, MergeConflict conflict) {
        return switch (conflict.kind()) {
            case CLAUSE_FIELD -> project.clause(conflict.clauseId()).map(c -> field(c, conflict.field()))
                    .orElse(null);
            case STATUS -> project.clause(conflict.clauseId()).map(c -> c.status().key()).orElse(null);
            case PLACEMENT -> project.clause(conflict.clauseId()).isEmpty() ? null
                    : placement(project, conflict.clauseId());
            case ORDER -> OutlineOrder.of(project.outline(), conflict.clauseId(), conflict.base());
            case OUTLINE_TITLE -> title(project, conflict.clauseId());
            case TRANSLATION_HEADING -> project.translations().of(conflict.field(), conflict.clauseId())
                    .map(t -> t.heading()).orElse(null);
            case RECORD -> {
                InfoRecord now = conflict.record(MergeConflict.Side.OURS).in(project.info());
                yield now == null ? null : now.summary();
            }
            case PROJECT -> conflict.field().equals("subtitle") ? project.info().subtitle() : project.info().title();
            case FRAMEWORK -> framework(project, conflict);
        };
    }

    // null when the framework, or the element whose field it is, is gone; an element kept at one site is "" when gone
    private static String framework(Project project, MergeConflict conflict) {
        Optional<Framework> fw = project.framework(FrameworkFields.frameworkId(conflict.clauseId()));
        Optional<String> elementId = FrameworkFields.elementId(conflict.clauseId());
        if (conflict.field().equals(FrameworkFields.WHOLE_FRAMEWORK)) {
            // kept (the side that has it, whatever edits came since) or removed
            return fw.isEmpty() ? "" : conflict.ours().isEmpty() ? conflict.theirs() : conflict.ours();
        }
        if (fw.isEmpty()) {
            return null;
        }
        if (conflict.field().equals(FrameworkFields.ORDER)) {
            return FrameworkFields.order(fw.get(), FrameworkFields.ids(conflict.base()));
        }
        if (elementId.isEmpty()) {
            return FrameworkFields.get(fw.get(), conflict.field());
        }
        Optional<FrameworkElement> element = fw.get().element(elementId.get());
        if (conflict.field().equals(FrameworkFields.WHOLE_ELEMENT)) {
            return element.map(FrameworkFields::line).orElse("");
        }
        return element.map(e -> FrameworkFields.get(e, conflict.field())).orElse(null);
    }

    private static String field(Clause clause, String field) {
        return switch (field) {
            case "heading" -> clause.heading();
            case "category" -> clause.category();
            case "rationale" -> clause.rationale();
            case "alternativeOf" -> clause.alternativeOf() == null ? "" : clause.alternativeOf();
            default -> null;
        };
    }

    private static String placement(Project project, String clauseId) {
        for (Part part : project.outline().parts()) {
            String before = "";
            for (OutlineItem item : part.items()) {
                if (item instanceof ClauseRef ref) {
                    if (ref.clauseId().equals(clauseId)) {
                        return part.id() + " " + before;
                    }
                    before = ref.clauseId();
                } else if (item instanceof Section s) {
                    int i = s.clauseIds().indexOf(clauseId);
                    if (i >= 0) {
                        return s.id() + " " + (i == 0 ? "" : s.clauseIds().get(i - 1));
                    }
                    before = s.id();
                }
            }
        }
        return "-";
    }

    private static String title(Project project, String id) {
        for (Part part : project.outline().parts()) {
            if (part.id().equals(id)) {
                return part.title();
            }
            for (OutlineItem item : part.items()) {
                if (item instanceof Section s && s.id().equals(id)) {
                    return s.title();
                }
            }
        }
        return null;
    }
}
