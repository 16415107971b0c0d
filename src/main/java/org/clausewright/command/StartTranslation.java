package org.clausewright.command;

import org.clausewright.model.Project;

/**
 * Makes an empty translation of a clause, stamped as made from the source as it is now, for the member to write into.
 * Nothing of the source is copied: a translator starts from a blank page, not from words in the wrong language.
 *
 * @param version the label of the latest recorded version when it holds the source as now, or empty
 */
public record StartTranslation(String language, String clauseId, String version) implements Command {
    @Override
    public String name() {
        return "command.startTranslation";
    }

    @Override
    public Project apply(Project project) {
        if (project.translations().of(language, clauseId).isPresent()) {
            return project;
        }
        return Translating.change(project, language, clauseId, version, t -> t);
    }
}
