package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Shared layout of the small forms: labels are never cut to "…", whatever the language. */
public final class Forms {
    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(12));
        grid.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(n -> {
                    if (n instanceof Label l) {
                        l.setMinWidth(Region.USE_PREF_SIZE);
                    }
                });
            }
        });
        return grid;
    }
}
