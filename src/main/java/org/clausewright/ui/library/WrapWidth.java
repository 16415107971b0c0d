package org.clausewright.ui.library;

import javafx.beans.binding.DoubleBinding;
import javafx.scene.text.Text;

/**
 * Texts wrapped to a table column's width as it changes. JavaFX 21 keeps a right-to-left text's line where it was
 * when the wrapping width narrows and the line does not break differently: in the Arabic Library, a category line
 * under its heading ran past the cell's edge by what the fitted columns had taken from the heading column
 * (a Text of 160 wrapped to 110 drew its one line 50 px to the right). Going through no wrapping first lays the
 * lines out again.
 */
final class WrapWidth {
    private WrapWidth() {
    }

    /** Wraps {@code texts} to {@code width} now and whenever it changes; the texts keep the binding alive. */
    static void follow(DoubleBinding width, Text... texts) {
        for (Text text : texts) {
            text.setWrappingWidth(width.get());
        }
        width.addListener((obs, old, now) -> {
            for (Text text : texts) {
                text.setWrappingWidth(0);
                text.setWrappingWidth(now.doubleValue());
            }
        });
        texts[0].getProperties().put(WrapWidth.class, width);
    }
}
