package org.clausewright.command;

import org.clausewright.model.Project;

/**
 * Replaces the text of a clause's translation (making it, when there is none yet, from the source as it is now);
 * its brackets follow the text as a clause's do. Editing does not make an outdated translation current: the member
 * says so with {@link ConfirmTranslation}. Consecutive typing in one translation is one undo step.
 *
 * @param version the label to stamp a new translation with (the latest version's, when it holds the source as now)
 */
public record EditTranslationText(String language, String clauseId, String text, String version) implements Command {
    @Override
    public String name() {
        return "command.editTranslation";
    }

    @Override
    public Project apply(Project project) {
        return Translating.change(project, language, clauseId, version,
                t -> t.text().equals(text) ? t : t.withText(text).reconciled());
    }

    @Override
    public boolean continues(Command previous) {
        return previous instanceof EditTranslationText p && p.clauseId.equals(clauseId)
                && p.language.equals(language);
    }
}
