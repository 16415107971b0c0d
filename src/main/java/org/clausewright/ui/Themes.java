package org.clausewright.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.List;

/** Light and dark themes: AtlantaFX's Primer for the controls, our stylesheet for the editor's own marks. */
final class Themes {
    private static final String APP_CSS = Themes.class.getResource("clausewright.css").toExternalForm();

    private Themes() {
    }

    /**
     * Makes {@code theme} the stylesheet of every control. Called before the first control is made, it also
     * spares JavaFX parsing its own default stylesheet (Modena), which a control's class otherwise loads.
     */
    static void useForControls(String theme) {
        // the theme as AtlantaFX ships it compiled: JavaFX reads the binary form without parsing 170 KB of CSS
        String agent = "dark".equals(theme) ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        if (!agent.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(agent);
        }
    }

    /**
     * Styles {@code scene} in {@code theme}. What is already so is left alone: setting a stylesheet again,
     * even the same one, makes JavaFX style every node of every window afresh.
     */
    static void apply(String theme, Scene scene) {
        useForControls(theme);
        if (!scene.getStylesheets().equals(List.of(APP_CSS))) {
            scene.getStylesheets().setAll(APP_CSS);
        }
        String mark = "dark".equals(theme) ? "theme-dark" : "theme-light";
        String other = "dark".equals(theme) ? "theme-light" : "theme-dark";
        scene.getRoot().getStyleClass().remove(other);
        if (!scene.getRoot().getStyleClass().contains(mark)) {
            scene.getRoot().getStyleClass().add(mark);
        }
    }
}
