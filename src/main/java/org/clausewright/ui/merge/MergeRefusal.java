package org.clausewright.ui.merge;

import org.clausewright.command.MergeRefused;
import org.clausewright.merge.MergeConflict;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Project;
import org.clausewright.ui.Messages;
import org.clausewright.ui.negotiation.NegotiationText;

/**
 * {@code command.MergeResolution}'s refusal of a choice in Merge results, in the member's language. The command
 * decides; this only words the reason it gave, with the row's subject (and, for a status, the open brackets).
 */
final class MergeRefusal {
    private MergeRefusal() {
    }

    static String words(Messages m, Project project, MergeResultsViewModel.Row row, MergeConflict.Side side,
                        MergeRefused refused) {
        return switch (refused.reason()) {
            case CLAUSE_GONE -> m.format("merge.refused.clause", row.subject());
            case PLACE_GONE -> m.format("merge.refused.place", row.subject());
            case FRAMEWORK_GONE -> m.format("merge.refused.framework", row.subject());
            case ELEMENT_GONE -> m.format("merge.refused.element", row.subject());
            case OPEN_BRACKETS -> new NegotiationText(m).openBrackets(
                    project.clause(row.conflict().clauseId()).orElseThrow(),
                    ClauseStatus.fromKey(row.conflict().value(side)).orElseThrow());
        };
    }
}
