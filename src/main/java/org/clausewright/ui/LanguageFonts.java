package org.clausewright.ui;

import javafx.scene.text.Font;

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
 * JavaFX's own font (the README says which packages to install). Arabic is the exception: its letters are in
 * the fallback list, and Noto Sans Arabic as the first family made every row of the window a third taller
 * (its line height is made for stacked vowel marks), which pushed the clause text out of a 900-pixel window.
 */
final class LanguageFonts {
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "zh", List.of("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Zen Hei",
                    "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC"),
            "ar", List.of("Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Kufi Arabic", "DejaVu Sans",
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

    /** The inline style that draws text in {@code family}. */
    static String style(String family) {
        return "-fx-font-family: \"" + family + "\";";
    }
}
