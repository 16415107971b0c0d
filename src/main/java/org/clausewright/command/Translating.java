package org.clausewright.command;

import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Translation;

import java.util.function.UnaryOperator;

/** Look-ups shared by the translation commands. */
final class Translating {
    private Translating() {
    }

    /**
     * {@code project} with the translation of {@code clauseId} into {@code language} changed by {@code change}; a
     * clause not yet translated starts from an empty translation made from the source as it is now, stamped with
     * {@code version}. The language must be a target of the project.
     */
    static Project change(Project project, String language, String clauseId, String version,
                          UnaryOperator<Translation> change) {
        Clause source = Clauses.require(project, clauseId);
        if (!project.info().languages().hasTarget(language)) {
            throw new IllegalArgumentException(language + " is not a target language of the project");
        }
        Translation before = project.translations().of(language, clauseId)
                .orElseGet(() -> Translation.of(source, language, "", "", version));
        Translation after = change.apply(before);
        return after.equals(before) && project.translations().of(language, clauseId).isPresent() ? project
                : project.withTranslation(after);
    }
}
