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
        return texts(root, text -> !drawable(text));
    }

    /**
     * "text (font)" for each shown text under {@code root} that holds right-to-left letters and takes some of its
     * characters from a fallback font: JavaFX 21 orders such a line's runs wrongly (a colon, a number or a full stop
     * on the wrong side of the Arabic words). A composite font's glyph code carries its font's slot in the top byte,
     * 0 for the text's own font.
     */
    static List<String> fromFallback(Parent root) {
        return texts(root, text -> !text.getText().isBlank()
                && java.text.Bidi.requiresBidi(text.getText().toCharArray(), 0, text.getText().length())
                && text.getText().codePoints()
                        .filter(c -> !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT)
                        .anyMatch(c -> glyphs(text).charToGlyph(c) >>> 24 != 0));
    }

    private static List<String> texts(Parent root, java.util.function.Predicate<Text> wrong) {
        List<String> found = new ArrayList<>();
        collect(root, wrong, found);
        return found;
    }

    private static void collect(Node node, java.util.function.Predicate<Text> wrong, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && wrong.test(text)) {
            found.add(text.getText() + " (" + text.getFont().getName() + ")");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, wrong, found));
        }
    }

    private static CharToGlyphMapper glyphs(Text text) {
        return ((PGFont) FontHelper.getNativeFont(text.getFont())).getFontResource().getGlyphMapper();
    }

    static boolean drawable(Text text) {
        CharToGlyphMapper glyphs = glyphs(text);
        return text.getText().codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.isDefined(c)
                        && Character.getType(c) != Character.FORMAT)
                .allMatch(c -> glyphs.charToGlyph(c) != 0);
    }
}
