package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.app.BundledSample;
import org.clausewright.ui.outline.OutlineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven headless: it opens the sample and shows its numbered outline. */
class DesktopAppTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openTheSample() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(DesktopApp.class, dir.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#outline").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowShowsTheSamplesPartsAndNumberedClauses() {
        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertThat(stage.getTitle()).isEqualTo("Clausewright — Model Code of Conduct for Biological Scientists");

        TreeView<OutlineRow> tree = robot.lookup("#outline").query();
        List<String> parts = new ArrayList<>();
        for (TreeItem<OutlineRow> part : tree.getRoot().getChildren()) {
            parts.add(part.getValue().number() + " " + part.getValue().title());
        }
        assertThat(parts).hasSize(10);
        assertThat(parts.get(0)).isEqualTo("Part 1 Ethical standards");
        assertThat(parts.get(9)).startsWith("Part 10 ");

        List<String> numbers = new ArrayList<>();
        collectClauseNumbers(tree.getRoot(), numbers);
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(20).contains("1.1", "3.2.1");
    }

    @Test
    void selectingAClauseShowsItsText() {
        TreeView<OutlineRow> tree = robot.lookup("#outline").query();
        TreeItem<OutlineRow> firstClause = tree.getRoot().getChildren().get(0).getChildren().get(0);
        robot.interact(() -> tree.getSelectionModel().select(firstClause));
        Label heading = robot.lookup("#clause-heading").query();
        TextArea text = robot.lookup("#clause-text").query();
        assertThat(heading.getText()).startsWith("1.1  ");
        assertThat(text.getText()).isNotBlank();
    }

    private static void collectClauseNumbers(TreeItem<OutlineRow> item, List<String> numbers) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (child.getValue().kind() == OutlineRow.Kind.CLAUSE) {
                numbers.add(child.getValue().number());
            }
            collectClauseNumbers(child, numbers);
        }
    }
}
