package org.clausewright.ui.editor;

import org.clausewright.model.ClauseStatus;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseEditorViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private ClauseEditorViewModel editor;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        editor = new ClauseEditorViewModel(sample.document);
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void showsTheSelectedClause() {
        assertThat(editor.editableProperty().get()).isFalse();
        String id = sample.clause("1.1");
        sample.document.selectedClauseIdProperty().set(id);
        assertThat(editor.numberProperty().get()).isEqualTo("1.1");
        assertThat(editor.headingProperty().get()).isEqualTo("Respect for life and human dignity");
        assertThat(editor.textProperty().get()).startsWith("Scientists should");
        assertThat(editor.editableProperty().get()).isTrue();
    }

    @Test
    void withNoClauseSelectedTheDetailsShowNothingOfTheLastOne() {
        // they went on showing the last clause's tags, rationale, category and sources beside an empty heading
        sample.document.selectedClauseIdProperty().set(sample.clause("1.1"));
        sample.document.selectedClauseIdProperty().set(null);
        assertThat(editor.headingProperty().get()).isEmpty();
        assertThat(editor.tagsProperty().get()).isEmpty();
        assertThat(editor.rationaleProperty().get()).isEmpty();
        assertThat(editor.categoryProperty().get()).isEmpty();
        assertThat(editor.sourcesProperty().get()).isEmpty();
        assertThat(editor.editableProperty().get()).isFalse();
        // and nothing was written to the clause that was left
        assertThat(sample.document.project().clause(sample.clause("1.1")).orElseThrow().tags()).isNotEmpty();
        assertThat(sample.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void typingIsOneUndoStepAndUndoShowsTheOldText() {
        String id = sample.clause("1.1");
        sample.document.selectedClauseIdProperty().set(id);
        String old = editor.textProperty().get();
        editor.textProperty().set(old + " A");
        editor.textProperty().set(old + " Ab");
        assertThat(sample.document.project().clause(id).orElseThrow().text()).isEqualTo(old + " Ab");
        sample.document.undo();
        assertThat(editor.textProperty().get()).isEqualTo(old);
        assertThat(sample.document.canUndoProperty().get()).isFalse();
    }

    @Test
    void detailsBecomeCommands() {
        String id = sample.clause("1.1");
        sample.document.selectedClauseIdProperty().set(id);
        editor.tagsProperty().set("a, b ,, c");
        editor.rationaleProperty().set("Because.");
        var clause = sample.document.project().clause(id).orElseThrow();
        assertThat(clause.tags()).containsExactly("a", "b", "c");
        assertThat(clause.rationale()).isEqualTo("Because.");
    }

    @Test
    void categoryAndSourcesAreChosenFromTheProjectsListsByNameAndStoredAsIds() {
        String id = sample.clause("1.1");
        sample.document.selectedClauseIdProperty().set(id);
        assertThat(editor.categoryChoicesProperty().get().get(0)).isEqualTo(new Choice("", "(none)", true));
        assertThat(editor.categoryChoicesProperty().get()).contains(new Choice("ethics", "Ethical standards", true))
                .allMatch(Choice::known);
        assertThat(editor.categoryProperty().get()).isEqualTo("ethics");
        assertThat(editor.sourceChoicesProperty().get()).hasSize(6).allMatch(Choice::known)
                .contains(new Choice("iap-2005", "IAP Statement on Biosecurity", true));
        assertThat(editor.sourcesProperty().get()).containsExactly("tianjin-2021", "iap-2005");

        editor.categoryProperty().set("law");
        editor.sourcesProperty().set(List.of("bwc-1972"));
        editor.categoryProperty().set("");
        var clause = sample.document.project().clause(id).orElseThrow();
        assertThat(clause.category()).isEmpty();
        assertThat(clause.sources()).containsExactly("bwc-1972");
        assertThat(sample.document.undoTextProperty().get()).isEqualTo("Undo Edit clause details");
        sample.document.undo(); // the details changed in a row are one step, as typing is
        assertThat(editor.categoryProperty().get()).isEqualTo("ethics");
        assertThat(editor.sourcesProperty().get()).containsExactly("tianjin-2021", "iap-2005");
    }

    @Test
    void anUnknownCategoryOrSourceIsShownAsSuchAndKept() {
        String id = sample.clause("1.1");
        var old = sample.document.project().clause(id).orElseThrow();
        // as a hand-edited clause file would have it
        sample.document.execute(org.clausewright.command.EditDetails.of(old).withCategory("biosafety")
                .withSources(List.of("nowhere-1999", "iap-2005")));
        sample.document.selectedClauseIdProperty().set(id);
        assertThat(editor.categoryProperty().get()).isEqualTo("biosafety");
        assertThat(editor.categoryChoicesProperty().get())
                .contains(new Choice("biosafety", "biosafety (unknown category)", false));
        assertThat(editor.sourceChoicesProperty().get())
                .contains(new Choice("nowhere-1999", "nowhere-1999 (unknown source)", false));
        editor.sourcesProperty().set(List.of("nowhere-1999", "iap-2005", "who-2022"));
        var clause = sample.document.project().clause(id).orElseThrow();
        assertThat(clause.category()).isEqualTo("biosafety");
        assertThat(clause.sources()).containsExactly("nowhere-1999", "iap-2005", "who-2022");
        editor.categoryProperty().set("ethics");
        assertThat(editor.categoryChoicesProperty().get()).allMatch(Choice::known);
    }

    @Test
    void theProjectsTagsAreSuggestedForTheWordBeingTyped() {
        sample.document.selectedClauseIdProperty().set(sample.clause("1.1"));
        assertThat(editor.tagSuggestions("bio")).contains("biosafety", "biosecurity");
        assertThat(editor.tagSuggestions("ethics, DUAL")).containsExactly("ethics, dual-use");
        assertThat(editor.tagSuggestions("ethics, ")).isEmpty();
        assertThat(editor.tagSuggestions("dual-use, du")).isEmpty(); // already there
    }

    @Test
    void bracketsAndOpenAnchorsAreHighlighted() {
        String id = sample.document.project().threads().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(t -> t.isOpen() && !t.detached()
                        && !t.anchor().isWholeClause()))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        sample.document.selectedClauseIdProperty().set(id);
        editor.textProperty().set(editor.textProperty().get() + " [pending]");
        List<Highlight> highlights = editor.highlightsProperty().get();
        assertThat(highlights).extracting(Highlight::styleClass).contains(Highlight.BRACKET, Highlight.ANCHOR);
        String thread = sample.document.project().threadsOf(id).stream()
                .filter(t -> !t.detached() && !t.anchor().isWholeClause()).findFirst().orElseThrow().id();
        sample.document.selectedThreadIdProperty().set(thread);
        assertThat(editor.highlightsProperty().get()).extracting(Highlight::styleClass).contains(Highlight.ANCHOR_SELECTED);
    }

    @Test
    void unbalancedBracketsAreMarkedAndNamedByTheirWords() {
        sample.document.selectedClauseIdProperty().set(sample.clause("1.1"));
        editor.textProperty().set("Scientists [shall report [promptly] to the authority.");
        assertThat(editor.highlightsProperty().get()).contains(new Highlight(11, 12, Highlight.UNBALANCED))
                .contains(new Highlight(25, 35, Highlight.BRACKET));
        assertThat(editor.bracketWarningProperty().get())
                .isEqualTo("Unbalanced brackets, marked in red: The “[” before “shall report [promptly]” is never closed.");

        editor.textProperty().set("Scientists shall] report.\n] Second paragraph [");
        assertThat(editor.highlightsProperty().get()).filteredOn(h -> h.styleClass().equals(Highlight.UNBALANCED))
                .extracting(Highlight::start).containsExactly(16, 26, 45);
        assertThat(editor.bracketWarningProperty().get()).isEqualTo("Unbalanced brackets, marked in red: "
                + "The “]” after “Scientists shall” closes no “[”. The “]” before “Second paragraph” closes no “[”. "
                + "The “[” after “Second paragraph” is never closed.");

        editor.textProperty().set("Scientists [shall][should] report.");
        assertThat(editor.bracketWarningProperty().get()).isEmpty();
        assertThat(editor.highlightsProperty().get()).extracting(Highlight::styleClass)
                .doesNotContain(Highlight.UNBALANCED);
    }
}
