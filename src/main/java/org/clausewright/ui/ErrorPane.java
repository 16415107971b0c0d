package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window shows when a project cannot be opened: what failed and why, in words. */
final class ErrorPane {
    private ErrorPane() {
    }

    static Node of(Messages messages, String what, Throwable cause) {
        Label title = new Label(what);
        title.getStyleClass().add("error-title");
        Label detail = new Label(cause == null || cause.getMessage() == null ? "" : cause.getMessage());
        detail.setWrapText(true);
        VBox box = new VBox(12, title, detail);
        box.setPadding(new Insets(24));
        box.setMaxWidth(800);
        return box;
    }
}
