package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.clausewright.app.ProjectTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1440 × 900 the Details form's rows are drawn one below the other: a clause addressing two elements with long
 * titles (the AI template's 1.1) wraps them onto several lines, and the picker under them was drawn beneath the
 * Tags field, the "fully" and Add row half hidden.
 */
class DetailsRowsTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void noRowOfTheDetailsIsDrawnOverTheNext() throws Exception {
        Path dir = temp.resolve("ai");
        ProjectTemplates templates = ProjectTemplates.bundled();
        templates.install(dir, templates.require("ai"), null, "Ada Member");
        EditorWindow.freshSettings();
        window = EditorWindow.openOn(dir);
        window.atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> window.robot.lookup(".clause-address").queryAll().size() >= 2);
        Node inGrid = window.robot.lookup("#clause-addresses").query();
        while (!(inGrid instanceof GridPane)) {
            inGrid = inGrid.getParent();
        }
        GridPane grid = (GridPane) inGrid;
        List<String> overlaps = Room.laidOut(grid, () -> {
            List<Node> values = grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) != null
                    && GridPane.getColumnIndex(n) == 1 && n.isVisible())
                    .sorted(Comparator.comparingInt(GridPane::getRowIndex)).toList();
            List<String> found = new ArrayList<>();
            for (int i = 0; i + 1 < values.size(); i++) {
                double bottom = bottom(values.get(i));
                double next = values.get(i + 1).localToScene(values.get(i + 1).getLayoutBounds()).getMinY();
                if (bottom > next + 0.5) {
                    found.add("row " + GridPane.getRowIndex(values.get(i)) + " ends at " + bottom
                            + ", below the next row's top " + next);
                }
            }
            return found;
        });
        assertThat(overlaps).isEmpty();
    }

    /** The lowest point drawn by {@code node} or anything in it. */
    private static double bottom(Node node) {
        double bottom = node.localToScene(node.getLayoutBounds()).getMaxY();
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && child.isManaged()) {
                    bottom = Math.max(bottom, bottom(child));
                }
            }
        }
        return bottom;
    }
}
