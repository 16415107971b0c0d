package org.clausewright.command;

import org.clausewright.model.Project;

/** Replaces the heading of a clause's translation; consecutive typing in it is one undo step. */
public record EditTranslationHeading(String language, String clauseId, String heading, String version)
        implements Command {
    @Override
    public String name() {
        return "command.editTranslation";
    }

    @Override
    public Project apply(Project project) {
        return Translating.change(project, language, clauseId, version,
                t -> t.heading().equals(heading) ? t : t.withHeading(heading));
    }

    @Override
    public boolean continues(Command previous) {
        return previous instanceof EditTranslationHeading p && p.clauseId.equals(clauseId)
                && p.language.equals(language);
    }
}
