package org.clausewright.ui;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clause text stays legible in both themes: plain and [bracketed] words against the editor's background,
 * bare and under a thread's highlight (plain or picked), reach WCAG AA contrast (4.5:1). Colours are read from
 * the stylesheets the window uses: ours, and AtlantaFX's Primer for the background and the text.
 */
class ThemeContrastTest {
    private static final double AA = 4.5;

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void bracketedAndPlainWordsAreLegibleOnEveryHighlight(String theme) throws IOException {
        Stylesheet ours = new CssParser().parse(ThemeContrastTest.class.getResource("clausewright.css"));
        Stylesheet primer = new CssParser().parse(resource("/atlantafx/base/theme/primer-" + theme + ".css"));
        Color background = color(primer, ".root", "-color-bg-default");
        Color text = color(primer, ".root", "-color-fg-default");
        String prefix = "dark".equals(theme) ? ".theme-dark " : "";
        Color bracket = colorOr(ours, prefix + ".clause-text .bracket", ".clause-text .bracket", "-fx-fill");
        Color anchor = colorOr(ours, prefix + ".clause-text .anchor", ".clause-text .anchor", "-rtfx-background-color");
        Color picked = colorOr(ours, prefix + ".clause-text .anchor-selected", ".clause-text .anchor-selected",
                "-rtfx-background-color");
        for (Color under : List.of(background, over(anchor, background), over(picked, background))) {
            assertThat(contrast(bracket, under)).as("%s bracket %s on %s", theme, bracket, under).isGreaterThanOrEqualTo(AA);
            assertThat(contrast(text, under)).as("%s text %s on %s", theme, text, under).isGreaterThanOrEqualTo(AA);
        }
    }

    static URL resource(String path) {
        URL url = ThemeContrastTest.class.getResource(path);
        assertThat(url).as(path).isNotNull();
        return url;
    }

    private static Color colorOr(Stylesheet sheet, String selector, String fallback, String property) {
        Color found = find(sheet, selector, property);
        return found != null ? found : color(sheet, fallback, property);
    }

    /** The colour the last rule with exactly {@code selector} gives {@code property}; fails when none does. */
    static Color color(Stylesheet sheet, String selector, String property) {
        Color found = find(sheet, selector, property);
        assertThat(found).as(selector + " { " + property + " }").isNotNull();
        return found;
    }

    /** The colour the last rule with exactly {@code selector} gives {@code property}, or null. */
    private static Color find(Stylesheet sheet, String selector, String property) {
        Color found = null;
        for (Rule rule : sheet.getRules()) {
            for (Selector s : rule.getSelectors()) {
                if (normal(s.toString()).equals(normal(selector))) {
                    for (Declaration d : rule.getDeclarations()) {
                        if (d.getProperty().equals(property) && d.getParsedValue().convert(null) instanceof Color c) {
                            found = c;
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String normal(String selector) {
        return selector.replace("*", "").replaceAll("\\s+", " ").strip();
    }

    /** {@code top} (translucent) painted over {@code bottom}. */
    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
