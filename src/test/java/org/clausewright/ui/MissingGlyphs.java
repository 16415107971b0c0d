package org.clausewright.ui;

import com.sun.javafx.font.CharToGlyphMapper;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.scene.text.FontHelper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text a window draws as empty boxes. Asks JavaFX's own font machinery, the one that draws the text:
 * the font a {@link Text} node resolved to, with the fallback fonts JavaFX chains behind it, maps each
 * character to a glyph, and glyph 0 is the missing-glyph box.
 */
final class MissingGlyphs {
    private MissingGlyphs() {
    }

    /** "text (font)" for each shown text under {@code root} with a character no font of its chain has. */
    static List<String> under(Parent root) {
        List<String> missing = new ArrayList<>();
        collect(root, missing);
        return missing;
    }

    private static void collect(Node node, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !drawable(text)) {
            missing.add(text.getText() + " (" + text.getFont().getName() + ")");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, missing));
        }
    }

    /**
     * "text (font)" for each shown text under {@code root} that holds right-to-left letters and takes some of its
     * characters from a fallback font: JavaFX 21 orders such a line's runs wrongly (a colon, a number or a full stop
     * on the wrong side of the Arabic words). A composite font's glyph code carries its font's slot in the top byte,
     * 0 for the text's own font.
     */
    static List<String> fromFallback(Parent root) {
        List<String> mixed = new ArrayList<>();
        collectMixed(root, mixed);
        return mixed;
    }

    private static void collectMixed(Node node, List<String> mixed) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()
                && java.text.Bidi.requiresBidi(text.getText().toCharArray(), 0, text.getText().length())) {
            CharToGlyphMapper glyphs = ((PGFont) FontHelper.getNativeFont(text.getFont())).getFontResource()
                    .getGlyphMapper();
            if (text.getText().codePoints().filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT)
                    .anyMatch(c -> glyphs.charToGlyph(c) >>> 24 != 0)) {
                mixed.add(text.getText() + " (" + text.getFont().getName() + ")");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectMixed(child, mixed));
        }
    }

    static boolean drawable(Text text) {
        PGFont font = (PGFont) FontHelper.getNativeFont(text.getFont());
        CharToGlyphMapper glyphs = font.getFontResource().getGlyphMapper();
        return text.getText().codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.isDefined(c)
                        && Character.getType(c) != Character.FORMAT)
                .allMatch(c -> glyphs.charToGlyph(c) != 0);
    }
}
