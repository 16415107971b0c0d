package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the history tells of a translation the window shows: the states of a language (with "since" for the outdated
 * ones) and the source text an outdated translation was made from. Reads the folder's history without writing it: a
 * folder without one has no "since" and no earlier text.
 */
public final class TranslationHistory {
    private TranslationHistory() {
    }

    /** Each clause of the draft in {@code language}, as {@link TranslationReport} gives it. */
    public static List<TranslationRow> rows(Path dir, Project project, String language)
            throws IOException, HistoryException {
        return TranslationReport.of(dir, project, List.of(language));
    }

    /**
     * What an outdated translation of {@code clauseId}, stamped with {@code hash}, was made from, and the version that
     * changed it since. Both are empty when no recorded version holds that text (it was never recorded, or there is
     * no history).
     */
    public static Outdated outdated(Path dir, String clauseId, String hash) throws IOException, HistoryException {
        if (hash.isEmpty() || !Files.isDirectory(dir.resolve(".git"))) {
            return new Outdated(Optional.empty(), Optional.empty());
        }
        try (VersionHistory history = VersionHistory.open(dir)) {
            TranslationStatuses statuses = new TranslationStatuses(history);
            return new Outdated(statuses.sourceAt(clauseId, hash),
                    statuses.changedAfter(clauseId, hash).map(Version::label));
        }
    }

    /**
     * The label to stamp a new or confirmed translation of {@code source} with: the latest recorded version's when
     * it holds the source as it is now, else empty.
     */
    public static String labelFor(Path dir, Clause source) throws IOException, HistoryException {
        if (!Files.isDirectory(dir.resolve(".git"))) {
            return "";
        }
        try (VersionHistory history = VersionHistory.open(dir)) {
            return new TranslationStatuses(history).labelFor(source);
        }
    }

    /**
     * @param source the source clause the translation was made from, as recorded
     * @param since  the label of the recorded version that changed it, when that change is recorded
     */
    public record Outdated(Optional<Clause> source, Optional<String> since) {
    }
}
