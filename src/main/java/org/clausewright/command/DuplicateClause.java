package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

/** Copies a clause into the library as an alternative wording of it, to be edited and weighed against it. */
public record DuplicateClause(String clauseId, String newId) implements Command {
    @Override
    public String name() {
        return "command.duplicateClause";
    }

    @Override
    public Project apply(Project project) {
        Clause source = Clauses.require(project, clauseId);
        if (project.clause(newId).isPresent()) {
            throw new IllegalArgumentException("clause " + newId + " already exists");
        }
        String original = source.alternativeOf() == null ? source.id() : source.alternativeOf();
        return project.withClause(source.withId(newId).withAlternativeOf(original)
                .withoutDecisions().withBrackets(Clauses.openBracketsRenamed(source, newId)));
    }
}
