package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The translation states of a project folder, as {@code clausewright translations} prints them. */
public final class TranslationReport {
    private TranslationReport() {
    }

    /**
     * One row per clause of the draft and target language ({@code languages} empty: every target). A folder without a
     * history is read without one (nothing is created in it): an outdated translation then has no "since".
     */
    public static List<TranslationRow> of(Path dir, Project project, List<String> languages)
            throws IOException, HistoryException {
        for (String language : languages) {
            if (!project.info().languages().hasTarget(language)) {
                List<String> targets = project.info().languages().targets();
                throw new IOException("\"" + language + "\" is not a target language of this project ("
                        + (targets.isEmpty() ? "it has none yet" : "its targets: " + String.join(", ", targets))
                        + ")");
            }
        }
        if (!Files.isDirectory(dir.resolve(".git"))) {
            return new TranslationStatuses(null).of(project, languages);
        }
        try (VersionHistory history = VersionHistory.open(dir)) {
            return new TranslationStatuses(history).of(project, languages);
        }
    }
}
