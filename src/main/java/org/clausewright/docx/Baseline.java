package org.clausewright.docx;

import org.clausewright.model.Project;

import java.util.Map;
import java.util.Objects;

/**
 * The earlier version the export shows its changes against, as Word tracked changes.
 *
 * @param byClause who last changed each clause between the two versions (clause id to author)
 * @param outline  who last changed the outline (part and section titles, added and removed clauses)
 * @param fallback for anything not attributed otherwise: the author of the exported version
 */
public record Baseline(Project previous, String label, Map<String, ChangeAuthor> byClause, ChangeAuthor outline,
                       ChangeAuthor fallback) {
    public Baseline {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(label, "label");
        byClause = Map.copyOf(byClause);
        Objects.requireNonNull(fallback, "fallback");
        outline = outline == null ? fallback : outline;
    }

    public ChangeAuthor authorOf(String clauseId) {
        return byClause.getOrDefault(clauseId, fallback);
    }
}
