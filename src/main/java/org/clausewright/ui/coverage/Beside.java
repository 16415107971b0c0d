package org.clausewright.ui.coverage;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Shows a window of this package beside the main one, in its stylesheet and theme (which may have changed). */
final class Beside {
    private Beside() {
    }

    static void show(Stage stage, Window owner) {
        Scene scene = stage.getScene();
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                .forEach(c -> scene.getRoot().getStyleClass().add(c));
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }
}
