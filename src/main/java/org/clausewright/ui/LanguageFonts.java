package org.clausewright.ui;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The font family a language's text is drawn in. JavaFX does not fall back the way a browser does: its list
 * of fallbacks for the System font (built from fontconfig on Linux) holds no font with Chinese ideographs even
 * when Noto Sans CJK is installed, so every Chinese label came out as empty boxes. Each language therefore
 * names the families that have its glyphs, best first; the first one installed is used, and when none is,
 * JavaFX's own font (the README says which packages to install). Arabic needs one family with both Arabic and
 * Latin letters, digits and punctuation: when a line takes its Arabic from a fallback font, JavaFX 21 orders its
 * runs wrongly ("العضو: Ada Member" drawn with the colon and the name on the wrong sides, a count stuck to the
 * wrong word). DejaVu Sans has them all at an ordinary line height; Noto Sans Arabic has no Latin letters, and as
 * the first family it made every row a third taller (its line height is made for stacked vowel marks).
 */
final class LanguageFonts {
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "zh", List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Zen Hei",
                    "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC"),
            "ar", List.of("DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Kufi Arabic",
                    "Segoe UI", "Geeza Pro"),
            "", List.of("Noto Sans"));
    private final Map<String, Optional<String>> installed = new HashMap<>();

    /** The family for text in {@code locale}'s language; empty: JavaFX's System font has its glyphs. */
    Optional<String> family(Locale locale) {
        List<String> wanted = FAMILIES.getOrDefault(locale.getLanguage(), FAMILIES.get(""));
        return wanted.stream().filter(this::isInstalled).findFirst();
    }

    /** The family for a language tag of {@link Languages#TAGS} ("" the system's language). */
    Optional<String> family(String tag) {
        return family(Languages.locale(tag));
    }

    private boolean isInstalled(String family) {
        // JavaFX answers an unknown family with its System font rather than an error
        return installed.computeIfAbsent(family, f -> Optional.of(Font.font(f, 12).getFamily())
                .filter(found -> found.equalsIgnoreCase(f))).isPresent();
    }

    /**
     * Makes JavaFX's fonts ready for a window in {@code locale}, on the calling thread: the first font asked for
     * makes JavaFX read fontconfig's list of fonts and build its System font's fallbacks, and the first text laid
     * out in the language's family starts its glyph layout — together ~0.2 s of CPU that the UI thread otherwise
     * spends before its first frame. JavaFX lets text that is in no window be made and measured on any thread.
     * Returns the font the sample was laid out in.
     */
    static Font prepare(Locale locale, String sample) {
        Font base = Font.getDefault();
        Text text = new Text(sample);
        text.setFont(new LanguageFonts().family(locale).map(f -> Font.font(f, base.getSize())).orElse(base));
        text.getLayoutBounds();
        return text.getFont();
    }

    /** The inline style that draws text in {@code family}. */
    static String style(String family) {
        return "-fx-font-family: \"" + family + "\";";
    }
}
