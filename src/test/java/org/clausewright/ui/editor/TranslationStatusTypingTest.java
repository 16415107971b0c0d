package org.clausewright.ui.editor;

import org.clausewright.command.EditText;
import org.clausewright.model.TranslationState;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing in a clause while a language version is worked on: the outline's marks and the status bar's count follow
 * the typed clause alone; every clause of the draft is gone through again only when more than clauses change.
 */
class TranslationStatusTypingTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private WorkingLanguage language;
    private TranslationStatusModel statuses;

    @BeforeEach
    void open() throws Exception {
        sample = new SampleDocument(temp);
        language = new WorkingLanguage(sample.document);
        statuses = new TranslationStatusModel(sample.document, language);
        language.tagProperty().set("fr");
    }

    @AfterEach
    void close() throws Exception {
        sample.close();
    }

    @Test
    void typingInAClauseLooksAtThatClauseAloneAndRebuildsNothingWhileItsStateStays() {
        String id = sample.clause("1.1");
        String text = sample.document.project().clause(id).orElseThrow().text();
        assertThat(statuses.statesProperty().get()).containsEntry(id, TranslationState.CURRENT);
        int passes = statuses.passes();

        sample.document.execute(new EditText(id, text + "x"));
        assertThat(statuses.statesProperty().get()).containsEntry(id, TranslationState.OUTDATED);
        assertThat(statuses.summaryProperty().get()).isEqualTo("French: 30 current, 2 outdated, 0 missing");
        Map<String, TranslationState> states = statuses.statesProperty().get();
        String summary = statuses.summaryProperty().get();
        for (int i = 2; i < 40; i++) {
            sample.document.execute(new EditText(id, text + "x".repeat(i)));
        }
        assertThat(statuses.statesProperty().get()).as("no clause changed state: the marks are not rebuilt")
                .isSameAs(states);
        assertThat(statuses.summaryProperty().get()).isSameAs(summary);
        assertThat(statuses.passes()).as("no keystroke went through every clause").isEqualTo(passes);

        sample.document.undo();
        assertThat(statuses.statesProperty().get()).containsEntry(id, TranslationState.CURRENT);
        assertThat(statuses.summaryProperty().get()).isEqualTo("French: 31 current, 1 outdated, 0 missing");
        assertThat(statuses.statesProperty().get()).as("the same as worked out from scratch")
                .isEqualTo(new TranslationStatusModel(sample.document, language).statesProperty().get());
    }

    @Test
    void anEditOfTheTranslationsGoesThroughTheWholeDraftAgain() {
        String id = sample.clause("2.2");
        int passes = statuses.passes();
        sample.document.execute(new org.clausewright.command.ConfirmTranslation("fr", id, ""));
        assertThat(statuses.passes()).isEqualTo(passes + 1);
        assertThat(statuses.summaryProperty().get()).isEqualTo("French: 32 current, 0 outdated, 0 missing");
    }
}
