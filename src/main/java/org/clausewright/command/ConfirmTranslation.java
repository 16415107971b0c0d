package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.SourceStamp;
import org.clausewright.model.Translation;

/**
 * Marks a translation as rendering the source as it is now, without changing its words: for a source change that
 * does not touch the translation (a typo, punctuation), or once a member has updated it. Undo makes it outdated again.
 *
 * @param version the label of the latest recorded version when it holds the source as now, or empty
 */
public record ConfirmTranslation(String language, String clauseId, String version) implements Command {
    @Override
    public String name() {
        return "command.confirmTranslation";
    }

    @Override
    public Project apply(Project project) {
        Clause source = Clauses.require(project, clauseId);
        Translation t = project.translations().of(language, clauseId).orElseThrow(() ->
                new IllegalArgumentException("clause " + clauseId + " has no " + language + " translation to confirm"));
        SourceStamp now = new SourceStamp(SourceStamp.hashOf(source), version, t.madeFrom().extras());
        return now.equals(t.madeFrom()) ? project : project.withTranslation(t.withMadeFrom(now));
    }
}
