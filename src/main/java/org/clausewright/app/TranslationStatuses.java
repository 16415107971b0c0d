package org.clausewright.app;

import org.clausewright.history.HistoryException;
import org.clausewright.history.Version;
import org.clausewright.history.VersionHistory;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.SourceStamp;
import org.clausewright.model.Translation;
import org.clausewright.model.TranslationState;
import org.clausewright.store.ProjectFileException;
import org.clausewright.store.ProjectReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each clause of the draft stands in each target language: current, outdated (and since which recorded version
 * the source differs from what the translation was made from) or missing. The version is found by walking the
 * history back along first parents, the line of work this draft was made on, until a version holds the source text
 * the translation renders: the version after it changed it.
 */
public final class TranslationStatuses {
    private final VersionHistory history;
    private final Map<String, Map<String, String>> hashes = new HashMap<>();
    private List<Version> line;

    /** @param history the project's history, or null when nothing has been recorded (no "since" is then known) */
    public TranslationStatuses(VersionHistory history) {
        this.history = history;
    }

    /**
     * One row per clause of the draft (in outline order) and language.
     *
     * @param languages the languages to report, or empty for every target language of the project
     */
    public List<TranslationRow> of(Project project, List<String> languages) throws HistoryException, IOException {
        List<String> wanted = languages.isEmpty() ? project.info().languages().targets() : languages;
        List<TranslationRow> rows = new ArrayList<>();
        for (String language : wanted) {
            for (String id : project.outline().clauseIds()) {
                Clause source = project.clause(id).orElse(null);
                if (source == null) {
                    continue;
                }
                Optional<Translation> t = project.translations().of(language, id);
                TranslationState state = TranslationState.of(source, t);
                Optional<Version> since = state == TranslationState.OUTDATED
                        ? changedAfter(id, t.get().madeFrom().hash()) : Optional.empty();
                rows.add(new TranslationRow(id, language, state, since.map(Version::label).orElse(null),
                        t.map(tr -> tr.madeFrom().version()).orElse("")));
            }
        }
        return rows;
    }

    /**
     * The recorded version whose source text no longer was the one {@code hash} stamps, after the last that was;
     * empty when the change is not recorded yet, or no recorded version held that text.
     */
    public Optional<Version> changedAfter(String clauseId, String hash) throws HistoryException, IOException {
        Version newerThatDiffers = null;
        for (Version v : line()) {
            String there = hashIn(v, clauseId);
            if (hash.equals(there)) {
                return Optional.ofNullable(newerThatDiffers);
            }
            newerThatDiffers = v;
        }
        return Optional.empty();
    }

    /**
     * The source clause as it was in the newest recorded version (along this draft's line) whose heading and text
     * {@code hash} stamps: what a translation made from that text rendered. Empty when no recorded version held it.
     */
    public Optional<Clause> sourceAt(String clauseId, String hash) throws HistoryException, IOException {
        for (Version v : line()) {
            if (hash.equals(hashIn(v, clauseId))) {
                try {
                    return ProjectReader.readClause(history.files(v), clauseId);
                } catch (ProjectFileException e) {
                    // it read a moment ago when its hash was taken; a file that no longer reads holds no text to show
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The label to stamp a translation of {@code source} with: the latest recorded version's, when it holds the source
     * as it is now; empty otherwise (the source has changed since, or nothing is recorded).
     */
    public String labelFor(Clause source) throws HistoryException, IOException {
        List<Version> versions = line();
        if (versions.isEmpty()) {
            return "";
        }
        Version latest = versions.get(0);
        return SourceStamp.hashOf(source).equals(hashIn(latest, source.id())) ? latest.label() : "";
    }

    // newest first, along first parents: the versions this draft descends from on its own line of work
    private List<Version> line() throws HistoryException {
        if (line != null) {
            return line;
        }
        line = new ArrayList<>();
        if (history == null) {
            return line;
        }
        List<Version> log = history.log();
        Map<String, Version> byId = new HashMap<>();
        log.forEach(v -> byId.put(v.id(), v));
        Version v = log.isEmpty() ? null : log.get(0);
        while (v != null && line.size() < log.size()) {
            line.add(v);
            v = v.parents().isEmpty() ? null : byId.get(v.parents().get(0));
        }
        return line;
    }

    private String hashIn(Version version, String clauseId) throws HistoryException, IOException {
        Map<String, String> known = hashes.computeIfAbsent(version.id(), k -> new HashMap<>());
        if (known.containsKey(clauseId)) {
            return known.get(clauseId);
        }
        String hash;
        try {
            hash = ProjectReader.readClause(history.files(version), clauseId).map(SourceStamp::hashOf).orElse(null);
        } catch (ProjectFileException e) {
            // a version whose file of this clause does not read cannot be the one the translation was made from
            hash = null;
        }
        known.put(clauseId, hash);
        return hash;
    }
}
