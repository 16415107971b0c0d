package org.clausewright.ui.merge;

import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.clausewright.command.ReplaceProject;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.ui.SampleDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The Merge results window, headless: a click chooses the incoming heading, undo brings ours back, pressed. */
class MergeResultsViewTest {
    @TempDir
    Path temp;
    private SampleDocument sample;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (sample != null) {
            sample.close();
        }
    }

    @Test
    void aClickChoosesTheIncomingValueAndUndoShowsOursAgain() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        sample = new SampleDocument(temp);
        String id = sample.clause("1.1");
        MergeOutcome outcome = MergeResultsViewModelTest.merged(sample.document.project(), id);
        sample.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        FxToolkit.setupFixture(() -> MergeResultsView.show(owner, new MergeResultsViewModel(sample.document,
                outcome, MergeResultsViewModelTest.OSLO, Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"),
                ZoneOffset.UTC)), sample.document.messages()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button("#merge-0-ours").isSelected()).isTrue();
        assertThat(button("#merge-0-theirs").getText()).isEqualTo("Their heading");

        robot.clickOn("#merge-0-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.document.project().clause(id).orElseThrow().heading()).isEqualTo("Their heading");
        assertThat(button("#merge-0-theirs").isSelected()).isTrue();
        assertThat(button("#merge-0-ours").isSelected()).isFalse();

        robot.interact(sample.document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button("#merge-0-ours").isSelected()).isTrue();
        assertThat(sample.document.project().clause(id).orElseThrow().heading()).isEqualTo("Our heading");
    }

    private ToggleButton button(String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }
}
