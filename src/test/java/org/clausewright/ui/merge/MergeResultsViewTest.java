package org.clausewright.ui.merge;

import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.clausewright.command.ReplaceProject;
import org.clausewright.merge.MergeOutcome;
import org.clausewright.merge.ProjectMerge;
import org.clausewright.model.Delegation;
import org.clausewright.model.Project;
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

    @Test
    void aDelegationChangedAtBothSitesShowsEachSidesFieldsAndAClickTakesTheIncomingOneWhole() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        sample = new SampleDocument(temp);
        Project base = sample.document.project();
        Delegation before = base.info().delegations().get(0);
        Delegation ours = new Delegation(before.id(), "Ours " + before.name(), before.shortName(), before.group());
        Delegation theirs = new Delegation(before.id(), "Theirs " + before.name(), "THR", "Other group");
        MergeOutcome outcome = ProjectMerge.merge(base, base.withInfo(ours.into(base.info())),
                base.withInfo(theirs.into(base.info())), MergeResultsViewModelTest.HERE,
                MergeResultsViewModelTest.OSLO, Instant.parse("2026-12-02T12:00:00Z"));
        sample.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        FxToolkit.setupFixture(() -> MergeResultsView.show(owner, new MergeResultsViewModel(sample.document,
                outcome, MergeResultsViewModelTest.OSLO, Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"),
                ZoneOffset.UTC)), sample.document.messages()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button("#merge-0-ours").isSelected()).isTrue();
        assertThat(button("#merge-0-theirs").getText()).contains("Name: Theirs " + before.name())
                .contains("Short name: THR").contains("Group: Other group");
        assertThat(button("#merge-0-base").getText()).contains("Name: " + before.name());

        robot.clickOn("#merge-0-theirs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.document.project().info().delegation(before.id())).contains(theirs);
        assertThat(button("#merge-0-theirs").isSelected()).isTrue();

        robot.interact(sample.document::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sample.document.project().info().delegation(before.id())).contains(ours);
        assertThat(button("#merge-0-ours").isSelected()).isTrue();
    }

    @Test
    void inArabicAClausesNumberIsALabelOfItsOwnBesideItsHeading() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        sample = new SampleDocument(temp, java.util.Locale.forLanguageTag("ar"));
        String id = sample.clause("1.1");
        MergeOutcome outcome = MergeResultsViewModelTest.merged(sample.document.project(), id);
        sample.document.execute(new ReplaceProject(outcome.merged(), "command.resolveMerge"));
        FxToolkit.setupFixture(() -> MergeResultsView.show(owner, new MergeResultsViewModel(sample.document,
                outcome, MergeResultsViewModelTest.OSLO, Clock.systemUTC()), sample.document.messages()));
        WaitForAsyncUtils.waitForFxEvents();

        var labels = robot.lookup("#merge-0-subject").query().lookupAll(".label");
        assertThat(labels).map(l -> ((javafx.scene.control.Label) l).getText()).contains("1.1", "Our heading")
                .noneMatch(t -> t.contains("1.1") && t.length() > 3);
    }

    private ToggleButton button(String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }
}
