package org.clausewright.command;

import org.clausewright.model.Languages;
import org.clausewright.model.Project;

/**
 * Sets the draft's source and target languages. Removing a target leaves its translations in the project (they are
 * written and read no more once it is saved, and the folder keeps them): adding the language back brings them back.
 */
public record SetLanguages(Languages languages) implements Command {
    @Override
    public String name() {
        return "command.setLanguages";
    }

    @Override
    public Project apply(Project project) {
        return languages.equals(project.info().languages()) ? project
                : project.withInfo(project.info().withLanguages(languages));
    }
}
