package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Shared layout of the small forms: labels are never cut to "…", whatever the language. */
public final class Forms {
    private Forms() {
    }

    /** Added to the grid's gap after a label of the first column, so that a label reads apart from its field. */
    static final double LABEL_GAP = 8;

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(n -> {
                    if (n instanceof Label l) {
                        l.setMinWidth(Region.USE_PREF_SIZE);
                        Integer column = GridPane.getColumnIndex(l);
                        if (column == null || column == 0) {
                            // the longest label sets the column: with the grid's gap alone its last word touched
                            // its field ("Показать изменения начиная с" against the Export dialog's drop-down)
                            GridPane.setMargin(l, new Insets(0, LABEL_GAP, 0, 0));
                        }
                    }
                });
            }
        });
        return grid;
    }
}
