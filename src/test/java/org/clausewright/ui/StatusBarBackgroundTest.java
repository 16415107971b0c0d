package org.clausewright.ui;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status bar is drawn in the theme's colours, light and dark: a line above it and the theme's subtle background.
 * ControlsFX's own rule for it names a colour of JavaFX's Modena theme that AtlantaFX's themes do not define, which
 * left the bar without a background (and a warning in the log at every start).
 */
class StatusBarBackgroundTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theStatusBarHasTheThemesLineAndBackground(String theme) throws Exception {
        window = EditorWindow.openIn(temp, "en");
        window.robot.interact(() -> Themes.apply(theme, window.stage().getScene()));
        Region bar = window.robot.lookup("#status-bar").query();
        window.robot.interact(() -> bar.applyCss());
        Background background = bar.getBackground();

        assertThat(background).as("the status bar's background").isNotNull();
        List<BackgroundFill> fills = background.getFills();
        assertThat(fills).hasSize(2);
        Stylesheet primer = primer(theme);
        assertThat(fills.get(0).getFill()).as("the line above").isEqualTo(rootColour(primer, "-color-border-default"));
        assertThat(fills.get(1).getFill()).as("the background").isEqualTo(rootColour(primer, "-color-bg-subtle"));
        assertThat(fills.get(1).getInsets().getTop()).as("the line's width").isEqualTo(1);
    }

    private static Stylesheet primer(String theme) throws IOException {
        return new CssParser().parse(ThemeContrastTest.resource("/atlantafx/base/theme/primer-" + theme + ".css"));
    }

    /** The colour the theme's root rule gives a looked-up colour. */
    private static Color rootColour(Stylesheet sheet, String property) {
        return ThemeContrastTest.color(sheet, ".root", property);
    }
}
