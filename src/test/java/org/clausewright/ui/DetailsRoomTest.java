package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clause's Details at 1440 × 900 in each of the window's languages, on the sample's first clause (two sources, an
 * addressed element): no row of the form is drawn over another and every row can be brought into view. In Russian
 * the labels are wider, the sources wrap to three lines, and the rows were squeezed into each other: the sources'
 * last line ran into "Охватываемые элементы", the category's field into the sources' field.
 */
class DetailsRoomTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ru", "ar", "es", "zh-CN"})
    void noRowOfTheDetailsIsDrawnOverAnother(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        window.atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> true);
        GridPane grid = (GridPane) window.robot.lookup("#clause-details-form").query();
        List<String> problems = new ArrayList<>();
        window.robot.interact(() -> problems.addAll(overlaps(grid)));
        assertThat(problems).as("rows of the Details drawn over each other in %s", language).isEmpty();
    }

    /** Each pair of the form's cells (label or value) whose drawn boxes cross, with the rows they belong to. */
    private static List<String> overlaps(GridPane grid) {
        List<String> found = new ArrayList<>();
        List<Node> cells = grid.getChildren().stream().filter(Node::isManaged).toList();
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                Node a = cells.get(i);
                Node b = cells.get(j);
                if (row(a) == row(b)) {
                    continue;
                }
                Bounds ba = a.getBoundsInParent();
                Bounds bb = b.getBoundsInParent();
                // a pixel's rounding is not an overlap
                double across = Math.min(ba.getMaxY(), bb.getMaxY()) - Math.max(ba.getMinY(), bb.getMinY());
                double side = Math.min(ba.getMaxX(), bb.getMaxX()) - Math.max(ba.getMinX(), bb.getMinX());
                if (across > 1 && side > 1) {
                    found.add("row " + row(a) + " and row " + row(b) + " cross by " + Math.round(across) + " px");
                }
            }
        }
        return found;
    }

    private static int row(Node n) {
        Integer row = GridPane.getRowIndex(n);
        return row == null ? 0 : row;
    }
}
