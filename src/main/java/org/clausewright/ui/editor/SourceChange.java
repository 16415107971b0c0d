package org.clausewright.ui.editor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clausewright.app.TranslationHistory;
import org.clausewright.diff.DiffSegment;
import org.clausewright.diff.WordDiff;
import org.clausewright.model.Clause;
import org.clausewright.model.Translation;
import org.clausewright.ui.ProjectViewModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a source clause since its translation was made: the recorded text the translation's stamp names,
 * compared word by word with the source as it is now. The recorded text is read from the history once per clause and
 * stamp, in the background; the comparison is made again as the source is edited.
 */
final class SourceChange {
    private final ProjectViewModel document;
    private final Map<String, TranslationHistory.Outdated> read = new HashMap<>();
    private final ReadOnlyObjectWrapper<List<DiffSegment>> segments = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private String shown;

    SourceChange(ProjectViewModel document) {
        this.document = document;
    }

    /** Shows the change of {@code source} since {@code translation} was made; nothing when either is null. */
    void show(Clause source, Translation translation) {
        if (source == null || translation == null) {
            shown = null;
            set(List.of(), "");
            return;
        }
        String key = source.id() + " " + translation.madeFrom().hash();
        shown = key;
        TranslationHistory.Outdated known = read.get(key);
        if (known != null) {
            show(source, known);
            return;
        }
        set(List.of(), document.messages().get("translation.changeReading"));
        java.nio.file.Path dir = document.session().dir();
        document.background().run(document.messages().get("translation.reading"),
                () -> TranslationHistory.outdated(dir, source.id(), translation.madeFrom().hash()), outdated -> {
                    read.put(key, outdated);
                    Clause now = document.project().clause(source.id()).orElse(null);
                    if (key.equals(shown) && now != null) {
                        show(now, outdated);
                    }
                }, error -> {
                    set(List.of(), "");
                    document.dialogs().showError(document.messages().get("translation.readFailed"), error);
                });
    }

    private void show(Clause now, TranslationHistory.Outdated outdated) {
        if (outdated.source().isEmpty()) {
            set(List.of(), document.messages().get("translation.changeUnknown"));
            return;
        }
        Clause before = outdated.source().get();
        List<DiffSegment> words = new java.util.ArrayList<>();
        if (!before.heading().equals(now.heading())) {
            words.addAll(WordDiff.diff(before.heading(), now.heading()).segments());
            words.add(new DiffSegment(DiffSegment.Kind.EQUAL, "\n"));
        }
        words.addAll(WordDiff.diffKeepingBrackets(before.text(), now.text()).segments());
        set(words, outdated.since().map(v -> document.messages().format("translation.changedIn", v))
                .orElseGet(() -> document.messages().get("translation.changedUnrecorded")));
    }

    private void set(List<DiffSegment> words, String text) {
        if (!words.equals(segments.get())) {
            segments.set(List.copyOf(words));
        }
        note.set(text);
    }

    ReadOnlyObjectProperty<List<DiffSegment>> segmentsProperty() {
        return segments.getReadOnlyProperty();
    }

    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
