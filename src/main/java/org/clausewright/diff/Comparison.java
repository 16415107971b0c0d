package org.clausewright.diff;

import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between two states of a project. {@code clauses} lists changed clauses in the
 * newer outline's reading order, then those taken out of the draft (in the older outline's order), then
 * changed library clauses (by id).
 */
public record Comparison(List<InfoChange> info, List<StructureChange> structure, List<ClauseChange> clauses,
                         ComparisonSummary summary) {
    public Comparison {
        info = List.copyOf(info);
        structure = List.copyOf(structure);
        clauses = List.copyOf(clauses);
    }

    public boolean isEmpty() {
        return info.isEmpty() && structure.isEmpty() && clauses.isEmpty();
    }

    public Optional<ClauseChange> clause(String clauseId) {
        return clauses.stream().filter(c -> c.clauseId().equals(clauseId)).findFirst();
    }
}
