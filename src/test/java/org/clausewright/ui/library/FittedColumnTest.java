package org.clausewright.ui.library;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fitted column's title stands above its cells once the window has laid them out, when it is first shown and
 * whenever its values change its width: the width is taken inside a layout pass, which must not leave the titles or
 * the rows with the widths of before (the French Library's "Statut" title stood 60 px left of its cells).
 */
class FittedColumnTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void eachTitleStaysAboveItsCellsWhenTheValuesChangeTheFittedWidth() throws Exception {
        FxToolkit.registerPrimaryStage();
        TableView<String[]> table = new TableView<>();
        TableColumn<String[], String> heading = new TableColumn<>("Heading");
        heading.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[0]));
        heading.setMinWidth(120);
        TableColumn<String[], String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[1]));
        table.getColumns().add(heading);
        table.getColumns().add(status);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        FittedColumn.fit(status, table.getItems(), r -> r[1]);
        table.getItems().setAll(rows("proposed"));
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(table), 420, 400));
            s.show();
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(apart(table)).as("first shown").isEmpty();

        for (String value : List.of("adoptée en groupe de travail", "en discussion",
                "aprobada en el grupo de trabajo con reservas de dos delegaciones", "proposée")) {
            robot.interact(() -> table.getItems().setAll(rows(value)));
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(apart(table)).as(value).isEmpty();
        }
    }

    private static List<String[]> rows(String status) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new String[] {"Clause " + i + " on the duties of scientists", i % 3 == 0 ? status : "agreed"});
        }
        return rows;
    }

    // each column's title and its first drawn cell, where they differ
    private static List<String> apart(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (Node node : table.lookupAll(".column-header")) {
                if (!(node instanceof TableColumnHeader h) || h.getTableColumn() == null) {
                    continue;
                }
                Bounds above = h.localToScene(h.getLayoutBounds());
                for (Node n : table.lookupAll(".table-cell")) {
                    if (n instanceof TableCell<?, ?> c && c.isVisible() && c.getTableColumn() == h.getTableColumn()
                            && !c.isEmpty()) {
                        Bounds b = c.localToScene(c.getLayoutBounds());
                        if (Math.abs(b.getMinX() - above.getMinX()) > 1
                                || Math.abs(b.getWidth() - above.getWidth()) > 1) {
                            found.add(h.getTableColumn().getText() + ": title " + above.getMinX() + "+"
                                    + above.getWidth() + ", cell " + b.getMinX() + "+" + b.getWidth());
                        }
                        break;
                    }
                }
            }
            return found;
        }).get();
    }
}
