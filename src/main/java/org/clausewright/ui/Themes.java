package org.clausewright.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes: AtlantaFX's Primer for the controls, our stylesheet for the editor's own marks. */
final class Themes {
    private static final String APP_CSS = Themes.class.getResource("clausewright.css").toExternalForm();

    private Themes() {
    }

    static void apply(String theme, Scene scene) {
        Application.setUserAgentStylesheet("dark".equals(theme)
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(APP_CSS);
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add("dark".equals(theme) ? "theme-dark" : "theme-light");
    }
}
