package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.util.List;

/** Sets a clause's category, tags, rationale and sources (the metadata form); its status comes by decision. */
public record EditDetails(String clauseId, String category, List<String> tags,
                          String rationale, List<String> sources) implements Command {
    public EditDetails {
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    /** The details as the clause has them now: a starting point for changing one field. */
    public static EditDetails of(Clause clause) {
        return new EditDetails(clause.id(), clause.category(), clause.tags(), clause.rationale(),
                clause.sources());
    }

    public EditDetails withCategory(String value) {
        return new EditDetails(clauseId, value, tags, rationale, sources);
    }

    public EditDetails withTags(List<String> value) {
        return new EditDetails(clauseId, category, value, rationale, sources);
    }

    public EditDetails withRationale(String value) {
        return new EditDetails(clauseId, category, tags, value, sources);
    }

    public EditDetails withSources(List<String> value) {
        return new EditDetails(clauseId, category, tags, rationale, value);
    }

    @Override
    public String name() {
        return "command.editDetails";
    }

    @Override
    public Project apply(Project project) {
        Clause old = Clauses.require(project, clauseId);
        Clause clause = old.withCategory(category).withTags(tags).withRationale(rationale)
                .withSources(sources);
        return clause.equals(old) ? project : project.withClause(clause);
    }

    @Override
    public boolean continues(Command previous) {
        // typing in the rationale field arrives one keystroke at a time
        return previous instanceof EditDetails p && p.clauseId.equals(clauseId);
    }
}
