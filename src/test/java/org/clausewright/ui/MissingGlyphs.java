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

    static boolean drawable(Text text) {
        PGFont font = (PGFont) FontHelper.getNativeFont(text.getFont());
        CharToGlyphMapper glyphs = font.getFontResource().getGlyphMapper();
        return text.getText().codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c) && Character.isDefined(c)
                        && Character.getType(c) != Character.FORMAT)
                .allMatch(c -> glyphs.charToGlyph(c) != 0);
    }
}
