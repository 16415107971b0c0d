package org.clausewright.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewright.app.TranslationHistory;
import org.clausewright.command.ConfirmTranslation;
import org.clausewright.command.EditTranslationHeading;
import org.clausewright.command.EditTranslationText;
import org.clausewright.command.StartTranslation;
import org.clausewright.diff.DiffSegment;
import org.clausewright.model.Clause;
import org.clausewright.model.Translation;
import org.clausewright.model.TranslationState;
import org.clausewright.ui.ProjectViewModel;

import java.util.List;
import java.util.Optional;

/**
 * The selected clause side by side with its translation into the working language: the source read-only, the
 * translation edited through commands as the source is. An outdated translation shows what changed in the source
 * since it was made (read from the history in the background) until the member confirms it.
 */
public final class TranslationViewModel {
    private final ProjectViewModel document;
    private final WorkingLanguage language;
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Highlight>> sourceHighlights = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<Highlight>> highlights = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<TranslationState> state = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty editable = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper();
    private final SourceChange change;
    private boolean loading;

    public TranslationViewModel(ProjectViewModel document, WorkingLanguage language) {
        this.document = document;
        this.language = language;
        this.change = new SourceChange(document);
        document.projectProperty().addListener((obs, old, p) -> load());
        document.selectedClauseIdProperty().addListener((obs, old, id) -> load());
        language.tagProperty().addListener((obs, old, tag) -> load());
        heading.addListener((obs, old, v) -> edit(true, v));
        text.addListener((obs, old, v) -> edit(false, v));
        load();
    }

    private void edit(boolean isHeading, String value) {
        Clause source = selected();
        if (loading || source == null || !editable.get()) {
            return;
        }
        String tag = language.tag();
        document.execute(isHeading ? new EditTranslationHeading(tag, source.id(), value, "")
                : new EditTranslationText(tag, source.id(), value, ""));
    }

    private void load() {
        String tag = language.tag();
        // while the source is chosen the side by side is hidden: typing in the source does not fill it keystroke by
        // keystroke (its brackets found again each time); choosing a language version loads it
        Clause source = tag.isEmpty() ? null : selected();
        loading = true;
        try {
            Optional<Translation> translation = source == null || tag.isEmpty() ? Optional.empty()
                    : document.project().translations().of(tag, source.id());
            number.set(source == null ? "" : document.numbering().label(source.id()));
            sourceHeading.set(source == null ? "" : source.heading());
            setText(sourceText, sourceHighlights, source == null ? "" : source.text());
            heading.set(translation.map(Translation::heading).orElse(""));
            text.set(translation.map(Translation::text).orElse(""));
            setIfChanged(highlights, Highlight.ofBrackets(text.get()));
            TranslationState now = source == null || tag.isEmpty() ? null : TranslationState.of(source, translation);
            state.set(now);
            boolean writable = !document.isReadOnly();
            editable.set(writable && translation.isPresent());
            canStart.set(writable && now == TranslationState.MISSING);
            canConfirm.set(writable && now == TranslationState.OUTDATED);
            change.show(now == TranslationState.OUTDATED ? source : null, translation.orElse(null));
        } finally {
            loading = false;
        }
    }

    private static void setText(ReadOnlyStringWrapper property, ReadOnlyObjectWrapper<List<Highlight>> marks,
                                String value) {
        property.set(value);
        setIfChanged(marks, Highlight.ofBrackets(value));
    }

    private static <T> void setIfChanged(ReadOnlyObjectWrapper<T> property, T value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    /** Makes an empty translation of the selected clause for the member to write (nothing is copied). */
    public void startTranslation() {
        Clause source = selected();
        if (source != null && canStart.get()) {
            String tag = language.tag();
            stamped(source, label -> document.execute(new StartTranslation(tag, source.id(), label)));
        }
    }

    /** Marks the selected clause's outdated translation as rendering the source as it is now; undo takes it back. */
    public void confirm() {
        Clause source = selected();
        if (source != null && canConfirm.get()) {
            String tag = language.tag();
            stamped(source, label -> document.execute(new ConfirmTranslation(tag, source.id(), label)));
        }
    }

    // the stamp names the latest recorded version when it holds this source text: the history says which
    private void stamped(Clause source, java.util.function.Consumer<String> then) {
        java.nio.file.Path dir = document.session().dir();
        document.background().run(document.messages().get("translation.reading"),
                () -> TranslationHistory.labelFor(dir, source), then,
                error -> document.dialogs().showError(document.messages().get("translation.readFailed"), error));
    }

    private Clause selected() {
        String id = document.selectedClauseIdProperty().get();
        return id == null || document.project() == null ? null : document.project().clause(id).orElse(null);
    }

    public WorkingLanguage language() {
        return language;
    }

    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceHeadingProperty() {
        return sourceHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Highlight>> sourceHighlightsProperty() {
        return sourceHighlights.getReadOnlyProperty();
    }

    /** The translation's heading; the member's typing becomes a command. */
    public StringProperty headingProperty() {
        return heading;
    }

    /** The translation's text; the member's typing becomes a command. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<List<Highlight>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** Which way the source language runs (its words in the diff and the heading run so in any window). */
    public javafx.beans.value.ObservableValue<javafx.geometry.NodeOrientation> sourceOrientationProperty() {
        return javafx.beans.binding.Bindings.createObjectBinding(() -> org.clausewright.ui.WindowLanguage.orientation(
                java.util.Locale.forLanguageTag(document.project().info().languages().source())),
                document.projectProperty());
    }

    /** The selected clause's state in the working language; null with no clause or the source chosen. */
    public ReadOnlyObjectProperty<TranslationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether the translation can be typed in: it exists and the project is not read-only. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    /** The source's words changed since the translation was made: deletions and insertions. */
    public ReadOnlyObjectProperty<List<DiffSegment>> sourceChangeProperty() {
        return change.segmentsProperty();
    }

    /** "The source changed in “Working draft 4”:", or why no change can be shown. */
    public ReadOnlyStringProperty sourceChangeNoteProperty() {
        return change.noteProperty();
    }
}
