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

    @Test
    void theSourcesAndRationaleLabelsAreReadBesideTheirFieldsFirstLine() throws Exception {
        Path dir = temp.resolve("sample");
        org.clausewright.app.BundledSample.install(dir);
        EditorWindow.freshSettings();
        window = EditorWindow.openOn(dir);
        window.atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> window.robot.lookup("#clause-sources").tryQuery().isPresent());
        Node sources = window.robot.lookup("#clause-sources").query();
        Node rationale = window.robot.lookup("#clause-rationale").query();
        GridPane grid = (GridPane) rationale.getParent();
        List<String> apart = Room.laidOut(grid, () -> {
            List<String> found = new ArrayList<>();
            for (String[] pair : new String[][] {{"Sources", "#clause-sources"}, {"Rationale", "#clause-rationale"}}) {
                Node label = grid.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label l
                        && l.getText().equals(pair[0])).findFirst().orElseThrow();
                Node field = pair[1].equals("#clause-sources") ? sources : rationale;
                Bounds l = label.localToScene(label.getLayoutBounds());
                Bounds f = field.localToScene(field.getLayoutBounds());
                // beside the field's first line: the label's middle within the list's box, or the area's first line
                double firstLine = pair[1].equals("#clause-sources") ? f.getMaxY() : f.getMinY() + 30;
                double middle = (l.getMinY() + l.getMaxY()) / 2;
                if (middle < f.getMinY() || middle > firstLine) {
                    found.add(pair[0] + " drawn at " + middle + ", the field's first line from " + f.getMinY()
                            + " to " + firstLine);
                }
            }
            return found;
        });
        assertThat(apart).isEmpty();
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
