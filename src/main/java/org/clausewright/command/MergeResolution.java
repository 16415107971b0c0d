package org.clausewright.command;

import org.clausewright.merge.FrameworkFields;
import org.clausewright.merge.MergeConflict;
import org.clausewright.merge.OutlineOrder;
import org.clausewright.model.Framework;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.InfoRecord;
import org.clausewright.model.Negotiation;
import org.clausewright.model.NegotiationException;
import org.clausewright.model.Outline;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Makes the draft hold the chosen side's value of a conflict the merge listed (ours, theirs or the base's), as the
 * Merge results view's one click does; undo goes back. A status is chosen by recording a decision to it (the log
 * is only appended to), so the choice is in the clause's history too. A choice that cannot be made now (what it is
 * about or where it goes has gone since, a bracket still open) is refused with a {@link MergeRefused} naming why.
 *
 * @param context who chooses and when, for a status decision
 */
public record MergeResolution(MergeConflict conflict, MergeConflict.Side choice, Negotiation.Context context)
        implements Command {
    public MergeResolution {
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String name() {
        return "command.resolveMerge";
    }

    @Override
    public Project apply(Project project) {
        String value = conflict.value(choice);
        return switch (conflict.kind()) {
            case CLAUSE_FIELD -> field(project, clause(project), value);
            case STATUS -> status(project, clause(project), value);
            case PLACEMENT -> placement(project, value);
            case ORDER -> {
                Outline ordered = OutlineOrder.with(project.outline(), conflict.clauseId(), value);
                yield ordered.equals(project.outline()) ? project : project.withOutline(ordered);
            }
            case OUTLINE_TITLE -> project.withOutline(retitled(project.outline(), conflict.clauseId(), value));
            case PROJECT -> info(project, value);
            case RECORD -> record(project);
            case TRANSLATION_HEADING -> project.translations().of(conflict.field(), clause(project).id())
                    .filter(t -> !t.heading().equals(value))
                    .map(t -> project.withTranslation(t.withHeading(value))).orElse(project);
            case FRAMEWORK -> framework(project, value);
        };
    }

    // a field of the framework or of one element; or the element itself, put back where it was or taken out
    private Project framework(Project project, String value) {
        String frameworkId = FrameworkFields.frameworkId(conflict.clauseId());
        if (conflict.field().equals(FrameworkFields.WHOLE_FRAMEWORK)) {
            return removedOrKept(project, frameworkId, value);
        }
        Framework fw = project.framework(frameworkId).orElseThrow(() -> new MergeRefused(
                MergeRefused.Reason.FRAMEWORK_GONE, "the framework \"" + frameworkId
                + "\" is no longer in the project"));
        Framework changed;
        if (conflict.field().equals(FrameworkFields.ORDER)) {
            changed = FrameworkFields.withOrder(fw, value);
        } else if (conflict.elements() != null) {
            changed = FrameworkFields.withElement(fw, conflict.elements().base().id(), conflict.element(choice),
                    conflict.elements().after());
        } else if (FrameworkFields.elementId(conflict.clauseId()).isPresent()) {
            String elementId = FrameworkFields.elementId(conflict.clauseId()).get();
            var element = fw.element(elementId).orElseThrow(() -> new MergeRefused(
                    MergeRefused.Reason.ELEMENT_GONE, "the element \"" + elementId + "\" is no longer in "
                    + fw.displayTitle()));
            changed = FrameworkFields.withElement(fw, elementId, FrameworkFields.with(element, conflict.field(), value),
                    "");
        } else {
            changed = FrameworkFields.with(fw, conflict.field(), value);
        }
        return changed.equals(fw) ? project : project.withFramework(changed);
    }

    // the side that removed it has no title: taken out; the other keeps it as the draft has it, or puts back the
    // framework as that side had it when a member took it out here
    private Project removedOrKept(Project project, String frameworkId, String value) {
        boolean present = project.framework(frameworkId).isPresent();
        if (value.isEmpty()) {
            return present ? project.withoutFramework(frameworkId) : project;
        }
        if (present) {
            return project;
        }
        if (conflict.kept() == null) {
            throw new MergeRefused(MergeRefused.Reason.FRAMEWORK_GONE, "the framework \"" + frameworkId
                    + "\" is no longer in the project: undo its removal, or bring it back from the history");
        }
        return project.withFramework(conflict.kept());
    }

    private Clause clause(Project project) {
        return project.clause(conflict.clauseId()).orElseThrow(() -> new MergeRefused(
                MergeRefused.Reason.CLAUSE_GONE, "the clause \"" + conflict.clauseId()
                + "\" is no longer in the draft: there is nothing to choose for it"));
    }

    private Project field(Project project, Clause clause, String value) {
        Clause changed = switch (conflict.field()) {
            case "heading" -> clause.withHeading(value);
            case "category" -> clause.withCategory(value);
            case "rationale" -> clause.withRationale(value);
            case "alternativeOf" -> clause.withAlternativeOf(value.isEmpty() ? null : value);
            default -> throw new IllegalArgumentException("a merge cannot choose the clause's " + conflict.field());
        };
        return changed.equals(clause) ? project : project.withClause(changed);
    }

    private Project status(Project project, Clause clause, String value) {
        ClauseStatus to = ClauseStatus.fromKey(value).orElseThrow(() ->
                new IllegalArgumentException("\"" + value + "\" is not a status"));
        if (clause.status() == to) {
            return project;
        }
        try {
            return project.withClause(Negotiation.decide(clause, to, context));
        } catch (NegotiationException e) {
            throw new MergeRefused(MergeRefused.Reason.OPEN_BRACKETS, e.getMessage(), e);
        }
    }

    // "container before-id", "container " when first, "-" when out of the draft
    private Project placement(Project project, String value) {
        String clauseId = clause(project).id();
        Outline without = OutlineEdits.removeClause(project.outline(), clauseId);
        if (value.equals("-")) {
            return without.equals(project.outline()) ? project : project.withOutline(without);
        }
        int space = value.indexOf(' ');
        String container = value.substring(0, space);
        String after = value.substring(space + 1);
        List<Part> parts = new ArrayList<>();
        boolean placed = false;
        for (Part part : without.parts()) {
            List<OutlineItem> items = new ArrayList<>(part.items());
            if (part.id().equals(container)) {
                items.add(indexAfter(items.stream().map(i -> i instanceof ClauseRef r ? r.clauseId()
                        : ((Section) i).id()).toList(), after), new ClauseRef(clauseId));
                placed = true;
            } else {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Section s && s.id().equals(container)) {
                        List<String> ids = new ArrayList<>(s.clauseIds());
                        ids.add(indexAfter(ids, after), clauseId);
                        items.set(i, new Section(s.id(), s.title(), ids));
                        placed = true;
                    }
                }
            }
            parts.add(new Part(part.id(), part.title(), items));
        }
        if (!placed) {
            throw new MergeRefused(MergeRefused.Reason.PLACE_GONE, "the part or section \"" + container
                    + "\" is no longer in the draft: move the clause by hand");
        }
        Outline moved = without.withParts(parts);
        return moved.equals(project.outline()) ? project : project.withOutline(moved);
    }

    // Just after the item it followed; first when it was first or that item has gone since.
    private static int indexAfter(List<String> ids, String after) {
        return after.isEmpty() ? 0 : ids.indexOf(after) + 1;
    }

    private static Outline retitled(Outline outline, String id, String title) {
        List<Part> parts = new ArrayList<>();
        for (Part part : outline.parts()) {
            List<OutlineItem> items = part.items().stream().map(i -> i instanceof Section s && s.id().equals(id)
                    ? (OutlineItem) new Section(s.id(), title, s.clauseIds()) : i).toList();
            parts.add(new Part(part.id(), part.id().equals(id) ? title : part.title(), items));
        }
        return outline.withParts(parts);
    }

    // the record whole, as that side has it: fields, kept unknown keys and all
    private Project record(Project project) {
        InfoRecord chosen = conflict.record(choice);
        if (chosen == null) {
            throw new IllegalArgumentException("both sites added " + conflict.field() + " \"" + conflict.clauseId()
                    + "\": there is no earlier version to go back to");
        }
        ProjectInfo changed = chosen.into(project.info());
        return changed.equals(project.info()) ? project : project.withInfo(changed);
    }

    private Project info(Project project, String value) {
        ProjectInfo i = project.info();
        ProjectInfo changed = switch (conflict.field()) {
            case "subtitle" -> i.withSubtitle(value);
            default -> i.withTitle(value);
        };
        return changed.equals(i) ? project : project.withInfo(changed);
    }
}
