package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.clausewright.ui.outline.OutlineRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven headless: it opens the sample and shows its numbered outline. */
class DesktopAppTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theWindowShowsTheSamplesPartsAndNumberedClauses() {
        assertThat(window.stage().getTitle()).isEqualTo("Clausewright — Model Code of Conduct for Biological Scientists");

        TreeView<OutlineRow> tree = window.outline();
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
        TreeView<OutlineRow> tree = window.outline();
        TreeItem<OutlineRow> firstClause = tree.getRoot().getChildren().get(0).getChildren().get(0);
        window.robot.interact(() -> tree.getSelectionModel().select(firstClause));
        Label number = window.robot.lookup("#clause-number").query();
        TextField heading = window.robot.lookup("#clause-heading").query();
        StyleClassedTextArea text = window.robot.lookup("#clause-text").query();
        assertThat(number.getText()).isEqualTo("1.1");
        assertThat(heading.getText()).isNotBlank();
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
