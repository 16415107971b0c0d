package org.clausewright.ui.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clausewright.app.TranslationHistory;
import org.clausewright.app.TranslationRow;
import org.clausewright.model.Clause;
import org.clausewright.model.Project;
import org.clausewright.model.Translation;
import org.clausewright.model.TranslationState;
import org.clausewright.ui.ProjectViewModel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every clause of the draft stands in the working language (current, outdated, missing), for the outline's
 * marks and the status bar's count, worked out again as the draft is edited. Since which recorded version an
 * outdated translation differs comes from the history, read in the background when the working language or the set of
 * outdated clauses changes, or when a version is recorded.
 */
public final class TranslationStatusModel {
    private final ProjectViewModel document;
    private final WorkingLanguage language;
    private final ReadOnlyObjectWrapper<Map<String, TranslationState>> states = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<String, String>> since = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** Per clause the source and translation last looked at, so that a keystroke hashes one clause, not all. */
    private final Map<String, Known> known = new HashMap<>();
    private String knownLanguage = "";
    /** The state the clauses' states were last worked out for. */
    private Project shown;
    /** How many times every clause of the outline was gone through: the tests' measure that typing does not. */
    private int passes;
    private boolean started;

    public TranslationStatusModel(ProjectViewModel document, WorkingLanguage language) {
        this(document, language, true);
    }

    /**
     * The states, worked out at once when {@code now}, else only from {@link #start()} on: the window's first screen
     * waits neither for every clause's state nor for the history read for the since-labels; the marks follow it.
     */
    public TranslationStatusModel(ProjectViewModel document, WorkingLanguage language, boolean now) {
        this.document = document;
        this.language = language;
        if (now) {
            start();
        }
    }

    /** Follows the project and the working language from now on; once. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        document.projectProperty().addListener((obs, old, p) -> update(false));
        language.tagProperty().addListener((obs, old, tag) -> update(true));
        document.versionsChangedProperty().addListener((obs, old, n) -> update(true));
        update(true);
    }

    private void update(boolean readSince) {
        Project project = document.project();
        String tag = language.tag();
        if (project == null || tag.isEmpty()) {
            known.clear();
            shown = null;
            states.set(Map.of());
            since.set(Map.of());
            summary.set("");
            return;
        }
        if (!tag.equals(knownLanguage)) {
            known.clear();
            knownLanguage = tag;
            shown = null;
        }
        if (!readSince && followsEdit(project, tag)) {
            return;
        }
        shown = project;
        passes++;
        Map<String, TranslationState> now = new LinkedHashMap<>();
        for (String id : project.outline().clauseIds()) {
            Clause source = project.clause(id).orElse(null);
            if (source != null) {
                now.put(id, stateOf(source, project.translations().of(tag, id)));
            }
        }
        known.keySet().retainAll(now.keySet());
        boolean outdatedChanged = !outdated(now).equals(outdated(states.get()));
        if (!now.equals(states.get())) {
            states.set(Map.copyOf(now));
        }
        summarise(now, tag);
        if (readSince || outdatedChanged) {
            readSince(project, tag);
        }
    }

    /**
     * Brings the states up to date for an edit of a few clauses' source (a keystroke): only those clauses are looked
     * at, and the states, the count and the since-labels are left alone while none of them changes state. False when
     * more than clauses changed (the outline, the translations, the info): then every clause is gone through.
     */
    private boolean followsEdit(Project project, String tag) {
        if (shown == null || project.translations() != shown.translations()) {
            return false;
        }
        Optional<Set<String>> changed = document.changeSince(shown, project);
        if (changed.isEmpty()) {
            return false;
        }
        Map<String, TranslationState> before = states.get();
        Map<String, TranslationState> now = null;
        for (String id : changed.get()) {
            TranslationState was = before.get(id);
            Clause source = project.clause(id).orElse(null);
            if (was == null || source == null) {
                continue; // a library clause, or one the outline does not hold: no mark, no count
            }
            TranslationState state = stateOf(source, project.translations().of(tag, id));
            if (state != was) {
                if (now == null) {
                    now = new LinkedHashMap<>(before);
                }
                now.put(id, state);
            }
        }
        shown = project;
        if (now != null) {
            boolean outdatedChanged = !outdated(now).equals(outdated(before));
            states.set(Map.copyOf(now));
            summarise(now, tag);
            if (outdatedChanged) {
                readSince(project, tag);
            }
        }
        return true;
    }

    private void summarise(Map<String, TranslationState> now, String tag) {
        summary.set(document.messages().format("translation.summary", language.nameOf(tag),
                count(now, TranslationState.CURRENT), count(now, TranslationState.OUTDATED),
                count(now, TranslationState.MISSING)));
    }

    int passes() {
        return passes;
    }

    private TranslationState stateOf(Clause source, Optional<Translation> translation) {
        Known k = known.get(source.id());
        Translation t = translation.orElse(null);
        if (k != null && k.source == source && k.translation == t) {
            return k.state;
        }
        TranslationState state = TranslationState.of(source, translation);
        known.put(source.id(), new Known(source, t, state));
        return state;
    }

    private void readSince(Project project, String tag) {
        if (!states.get().containsValue(TranslationState.OUTDATED)) {
            since.set(Map.of());
            return;
        }
        java.nio.file.Path dir = document.session().dir();
        document.background().run(document.messages().get("translation.reading"),
                () -> TranslationHistory.rows(dir, project, tag), rows -> {
                    if (!tag.equals(language.tag())) {
                        return;
                    }
                    Map<String, String> labels = new HashMap<>();
                    for (TranslationRow row : rows) {
                        if (row.since() != null) {
                            labels.put(row.clauseId(), row.since());
                        }
                    }
                    since.set(Map.copyOf(labels));
                }, error -> document.dialogs().showError(document.messages().get("translation.readFailed"), error));
    }

    private static Set<String> outdated(Map<String, TranslationState> states) {
        Set<String> ids = new java.util.HashSet<>();
        states.forEach((id, s) -> {
            if (s == TranslationState.OUTDATED) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static long count(Map<String, TranslationState> states, TranslationState state) {
        return states.values().stream().filter(s -> s == state).count();
    }

    /** Each clause of the draft in the working language, by id; empty while the source is chosen. */
    public ReadOnlyObjectProperty<Map<String, TranslationState>> statesProperty() {
        return states.getReadOnlyProperty();
    }

    /** For outdated translations whose source change is recorded: the label of the version that changed it. */
    public ReadOnlyObjectProperty<Map<String, String>> sinceProperty() {
        return since.getReadOnlyProperty();
    }

    /** "French: 31 current, 1 outdated, 0 missing"; "" while the source is chosen. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public WorkingLanguage language() {
        return language;
    }

    private record Known(Clause source, Translation translation, TranslationState state) {
    }
}
