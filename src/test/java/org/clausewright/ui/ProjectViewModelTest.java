package org.clausewright.ui;

import org.clausewright.command.EditHeading;
import org.clausewright.command.EditText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectViewModelTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private ProjectViewModel document;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        document = sample.document;
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void undoAndRedoCarryTheActionsName() {
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo");
        document.execute(new EditHeading(sample.clause("1.1"), "Respect for life"));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Rename clause");
        assertThat(document.dirtyProperty().get()).isTrue();
        document.undo();
        assertThat(document.redoTextProperty().get()).isEqualTo("Redo Rename clause");
        assertThat(document.dirtyProperty().get()).isFalse();
        document.redo();
        assertThat(document.project().clause(sample.clause("1.1")).orElseThrow().heading()).isEqualTo("Respect for life");
    }

    @Test
    void savingClearsTheDirtyFlag() throws Exception {
        document.execute(new EditText(sample.clause("1.1"), "New words."));
        assertThat(document.dirtyProperty().get()).isTrue();
        assertThat(sample.session.save()).isPositive();
        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void theCountsFollowTheDraft() {
        // a bracket of two options is one open bracket, as `clausewright status` counts it (not two)
        assertThat(document.countsProperty().get()).isEqualTo("32 clauses · 7 open threads · 6 open brackets");
        String before = document.countsProperty().get();
        document.execute(new EditText(sample.clause("1.1"), "[one] [two] [three] [four] [five] [six] [seven] [eight]"
                + " [nine] [ten] [eleven]"));
        assertThat(document.countsProperty().get()).isNotEqualTo(before);
    }

    @Test
    void anEditThatDoesNotApplyIsReportedNotThrown() {
        assertThat(document.execute(new EditText("no-such-clause", "x"))).isFalse();
        assertThat(sample.dialogs.errors).singleElement().asString().contains("no clause no-such-clause");
    }

    @Test
    void listenersOfTheStateSeeTheDirtyFlagOfTheFirstEdit() {
        boolean[] seen = new boolean[1];
        document.projectProperty().addListener((o, a, p) -> seen[0] = document.dirtyProperty().get());
        document.execute(new EditHeading(sample.clause("1.1"), "Once"));
        assertThat(seen[0]).isTrue();
    }

    @Test
    void aChangeOfTextIsTheTypedClauseAsSeenFromTheStateBeforeItAndFromAnyOlderOne() {
        org.clausewright.model.Project first = document.project();
        String typed = sample.clause("1.1");
        String other = sample.clause("1.3");
        document.execute(new EditText(typed, "New words."));
        org.clausewright.model.Project second = document.project();
        assertThat(document.changeSince(first)).contains(java.util.Set.of(typed));
        document.execute(new EditText(other, "Other words."));
        assertThat(document.changeSince(second)).contains(java.util.Set.of(other));
        assertThat(document.changeSince(first)).contains(java.util.Set.of(typed, other));
        assertThat(document.changeSince(null)).as("no state before: everything is new").isEmpty();
    }
}
