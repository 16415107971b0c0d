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
        editor.statusProperty().set(ClauseStatus.WITHDRAWN);
        editor.tagsProperty().set("a, b ,, c");
        editor.rationaleProperty().set("Because.");
        var clause = sample.document.project().clause(id).orElseThrow();
        assertThat(clause.status()).isEqualTo(ClauseStatus.WITHDRAWN);
        assertThat(clause.tags()).containsExactly("a", "b", "c");
        assertThat(clause.rationale()).isEqualTo("Because.");
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
}
