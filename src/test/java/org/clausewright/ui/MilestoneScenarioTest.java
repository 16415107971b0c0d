package org.clausewright.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import org.clausewright.history.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Marking a version as a milestone in the History tab, and taking the mark off, in the real window. */
class MilestoneScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void markAVersionAsAMilestoneThenRemoveTheMark() throws Exception {
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() >= 4);
        window.robot.interact(() -> versions.getSelectionModel().select(1));
        Button milestone = window.robot.lookup("#history-milestone").queryButton();
        assertThat(milestone.getText()).isEqualTo("Mark as milestone…");

        window.robot.clickOn(milestone);
        window.waitFor(5, () -> window.robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = window.robot.lookup(".dialog-pane .text-field").query();
        window.robot.clickOn(name).write("Circulated to delegations");
        window.robot.clickOn(window.robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton())
                .queryButton());
        window.waitFor(10, () -> !versions.getItems().get(1).milestones().isEmpty());

        assertThat(versions.getItems().get(1).milestones()).containsExactly("Circulated to delegations");
        assertThat(versions.getSelectionModel().getSelectedIndex()).as("the version stays picked").isEqualTo(1);
        assertThat(window.robot.lookup(".version-milestone").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Milestone: Circulated to delegations");
        assertThat(milestone.getText()).isEqualTo("Remove milestone…");

        window.robot.clickOn(milestone);
        window.waitFor(5, () -> window.robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        window.robot.clickOn(window.robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton())
                .queryButton());
        window.waitFor(10, () -> versions.getItems().get(1).milestones().isEmpty());
        assertThat(milestone.getText()).isEqualTo("Mark as milestone…");
    }
}
