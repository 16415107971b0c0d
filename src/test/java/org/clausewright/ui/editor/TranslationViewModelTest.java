package org.clausewright.ui.editor;

import org.clausewright.command.SetLanguages;
import org.clausewright.diff.DiffSegment;
import org.clausewright.model.Languages;
import org.clausewright.model.TranslationState;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The selected clause beside its translation, and every clause's state in the working language, through edits. */
class TranslationViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private WorkingLanguage language;
    private TranslationViewModel translation;
    private TranslationStatusModel statuses;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        language = new WorkingLanguage(sample.document);
        translation = new TranslationViewModel(sample.document, language);
        statuses = new TranslationStatusModel(sample.document, language);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    private void select(String number) {
        sample.document.selectedClauseIdProperty().set(sample.clause(number));
    }

    private static String text(List<DiffSegment> segments, DiffSegment.Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).map(DiffSegment::text).reduce("", String::concat);
    }

    @Test
    void theChoicesAreTheSourceThenTheProjectsTargetsNamedInTheMembersLanguage() {
        assertThat(language.choicesProperty().get()).containsExactly("", "fr", "ar");
        assertThat(language.label("")).isEqualTo("Source (English)");
        assertThat(language.label("fr")).isEqualTo("French");
        assertThat(language.label("ar")).isEqualTo("Arabic");
        assertThat(statuses.summaryProperty().get()).isEmpty();
        language.tagProperty().set("de");
        assertThat(language.tag()).as("not a language of the project").isEmpty();
    }

    @Test
    void anOutdatedTranslationShowsTheSourcesChangeSinceItWasMadeUntilItIsConfirmedAndUndoBringsItBack() {
        language.tagProperty().set("fr");
        select("2.2");
        assertThat(translation.stateProperty().get()).isEqualTo(TranslationState.OUTDATED);
        assertThat(translation.sourceHeadingProperty().get()).isEqualTo("Compliance with national law and regulation");
        assertThat(translation.headingProperty().get()).startsWith("Respect de la législation");
        assertThat(translation.canConfirmProperty().get()).isTrue();
        assertThat(translation.sourceChangeNoteProperty().get())
                .isEqualTo("The source changed in “Working draft 4” since this translation was made:");
        List<DiffSegment> change = translation.sourceChangeProperty().get();
        assertThat(text(change, DiffSegment.Kind.DELETED)).contains("[relevant international guidance]");
        assertThat(text(change, DiffSegment.Kind.INSERTED)).contains("relevant international guidance");
        assertThat(statuses.statesProperty().get()).containsEntry(sample.clause("2.2"), TranslationState.OUTDATED);
        assertThat(statuses.sinceProperty().get()).containsEntry(sample.clause("2.2"), "Working draft 4");
        assertThat(statuses.summaryProperty().get()).isEqualTo("French: 31 current, 1 outdated, 0 missing");

        translation.confirm();
        assertThat(translation.stateProperty().get()).isEqualTo(TranslationState.CURRENT);
        assertThat(translation.canConfirmProperty().get()).isFalse();
        assertThat(translation.sourceChangeProperty().get()).isEmpty();
        assertThat(statuses.summaryProperty().get()).isEqualTo("French: 32 current, 0 outdated, 0 missing");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Confirm translation");

        sample.document.undo();
        assertThat(translation.stateProperty().get()).isEqualTo(TranslationState.OUTDATED);
        assertThat(statuses.summaryProperty().get()).isEqualTo("French: 31 current, 1 outdated, 0 missing");
    }

    @Test
    void typingInTheTranslationIsOneUndoStepAndLeavesTheSourceAlone() {
        language.tagProperty().set("fr");
        select("1.1");
        String source = translation.sourceTextProperty().get();
        String before = translation.textProperty().get();
        translation.textProperty().set(before + " A");
        translation.textProperty().set(before + " Ab");
        String id = sample.clause("1.1");
        assertThat(sample.document.project().translations().of("fr", id).orElseThrow().text())
                .isEqualTo(before + " Ab");
        assertThat(sample.document.project().clause(id).orElseThrow().text()).isEqualTo(source);
        assertThat(translation.stateProperty().get()).as("editing alone does not confirm")
                .isEqualTo(TranslationState.CURRENT);
        translation.headingProperty().set("Respect de la vie");
        assertThat(sample.document.project().translations().of("fr", id).orElseThrow().heading())
                .isEqualTo("Respect de la vie");
        sample.document.undo();
        sample.document.undo();
        assertThat(translation.textProperty().get()).isEqualTo(before);
        assertThat(sample.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void bracketsInTheTranslationAreHighlightedAsInTheSource() {
        language.tagProperty().set("fr");
        select("2.2");
        String text = translation.textProperty().get();
        int open = text.indexOf("[les orientations");
        assertThat(translation.highlightsProperty().get())
                .contains(new Highlight(open, text.indexOf(']', open) + 1, Highlight.BRACKET));
    }

    @Test
    void editingTheSourceOutdatesItsTranslationsAndUndoMakesThemCurrentAgain() {
        language.tagProperty().set("ar");
        String id = sample.clause("1.1");
        assertThat(statuses.statesProperty().get()).containsEntry(id, TranslationState.CURRENT);
        sample.document.execute(new org.clausewright.command.EditText(id,
                sample.document.project().clause(id).orElseThrow().text() + " Always.", null));
        assertThat(statuses.statesProperty().get()).containsEntry(id, TranslationState.OUTDATED);
        assertThat(statuses.summaryProperty().get()).isEqualTo("Arabic: 30 current, 2 outdated, 0 missing");
        select("1.1");
        assertThat(translation.sourceChangeNoteProperty().get())
                .isEqualTo("The source changed since this translation was made (not recorded yet):");
        assertThat(text(translation.sourceChangeProperty().get(), DiffSegment.Kind.INSERTED)).contains("Always.");
        sample.document.undo();
        assertThat(statuses.statesProperty().get()).containsEntry(id, TranslationState.CURRENT);
    }

    @Test
    void aMissingTranslationIsStartedEmptyWithNothingCopiedAndUndoRemovesIt() {
        sample.document.execute(new SetLanguages(new Languages("en", List.of("fr", "ar", "es"))));
        language.tagProperty().set("es");
        select("1.1");
        assertThat(translation.stateProperty().get()).isEqualTo(TranslationState.MISSING);
        assertThat(translation.editableProperty().get()).isFalse();
        assertThat(translation.canStartProperty().get()).isTrue();
        assertThat(statuses.summaryProperty().get()).isEqualTo("Spanish: 0 current, 0 outdated, 32 missing");

        translation.startTranslation();
        String id = sample.clause("1.1");
        var made = sample.document.project().translations().of("es", id).orElseThrow();
        assertThat(made.heading()).isEmpty();
        assertThat(made.text()).isEmpty();
        assertThat(translation.editableProperty().get()).isTrue();
        assertThat(translation.stateProperty().get()).isEqualTo(TranslationState.CURRENT);
        assertThat(statuses.summaryProperty().get()).isEqualTo("Spanish: 1 current, 0 outdated, 31 missing");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Start translation");

        sample.document.undo();
        assertThat(sample.document.project().translations().of("es", id)).isEmpty();
        assertThat(translation.stateProperty().get()).isEqualTo(TranslationState.MISSING);
    }

    @Test
    void theCountIsInTheMembersLanguageWithItsPluralForms() throws Exception {
        try (SampleDocument russian = new SampleDocument(temp.resolve("ru"), Locale.forLanguageTag("ru"))) {
            WorkingLanguage working = new WorkingLanguage(russian.document);
            TranslationStatusModel model = new TranslationStatusModel(russian.document, working);
            working.tagProperty().set("fr");
            assertThat(model.summaryProperty().get())
                    .isEqualTo("Французский: 31 актуальный, 1 устаревший, 0 отсутствуют");
        }
    }
}
