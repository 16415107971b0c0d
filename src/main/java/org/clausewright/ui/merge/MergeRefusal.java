package org.clausewright.ui.merge;

import org.clausewright.merge.FrameworkFields;
import org.clausewright.merge.MergeConflict;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.Section;
import org.clausewright.ui.Messages;
import org.clausewright.ui.negotiation.NegotiationText;

import java.util.Optional;

/**
 * Why a choice in Merge results cannot be made now, in the member's language: said before the choice runs, as
 * {@code command.MergeResolution}'s English sentence is the command line's. Empty when nothing stands in the way.
 */
final class MergeRefusal {
    private MergeRefusal() {
    }

    static Optional<String> of(Messages m, Project project, MergeResultsViewModel.Row row, MergeConflict.Side side) {
        MergeConflict c = row.conflict();
        String value = c.value(side);
        return switch (c.kind()) {
            case CLAUSE_FIELD, STATUS, PLACEMENT -> project.clause(c.clauseId()).isEmpty()
                    ? Optional.of(m.format("merge.refused.clause", row.subject()))
                    : c.kind() == MergeConflict.Kind.STATUS
                    ? ClauseStatus.fromKey(value).flatMap(to -> new NegotiationText(m)
                            .refusal(project.clause(c.clauseId()).orElseThrow(), to))
                    : c.kind() == MergeConflict.Kind.PLACEMENT && !value.equals("-")
                            && !inOutline(project, value.substring(0, value.indexOf(' ')))
                    ? Optional.of(m.format("merge.refused.place", row.subject()))
                    : Optional.empty();
            case FRAMEWORK -> framework(m, project, row, value);
            default -> Optional.empty();
        };
    }

    // a framework taken out since, and not carried by the conflict; an element taken out since
    private static Optional<String> framework(Messages m, Project project, MergeResultsViewModel.Row row,
                                              String value) {
        MergeConflict c = row.conflict();
        var fw = project.framework(FrameworkFields.frameworkId(c.clauseId()));
        boolean whole = c.field().equals(FrameworkFields.WHOLE_FRAMEWORK);
        if (fw.isEmpty()) {
            return whole && (value.isEmpty() || c.kept() != null) ? Optional.empty()
                    : Optional.of(m.format("merge.refused.framework", row.subject()));
        }
        Optional<String> elementId = FrameworkFields.elementId(c.clauseId());
        if (elementId.isPresent() && c.elements() == null && fw.get().element(elementId.get()).isEmpty()) {
            return Optional.of(m.format("merge.refused.element", row.subject()));
        }
        return Optional.empty();
    }

    private static boolean inOutline(Project project, String id) {
        for (Part part : project.outline().parts()) {
            if (part.id().equals(id) || part.items().stream().anyMatch(i -> i instanceof Section s
                    && s.id().equals(id))) {
                return true;
            }
        }
        return false;
    }
}
