package org.clausewright.ui.window;

import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Set;

/** Material Design icons by their Ikonli names, so the toolbar and menus share one look. */
public final class Icons {
    private Icons() {
    }

    /**
     * Loads the icons' font (Ikonli reads it from its jar on the first icon) on the calling thread, so that the
     * UI thread finds it loaded when it builds the toolbar. An icon in no window may be made on any thread.
     */
    public static void prepare() {
        of("mdi2u-undo");
    }

    /**
     * Icons whose meaning points along the line (back and forth in the history, deeper into and out of the
     * outline): in a right-to-left window they point the other way. Arrows up and down, a plus, a file do not.
     */
    static final Set<String> POINTING = Set.of("mdi2u-undo", "mdi2r-redo", "mdi2f-format-indent-increase",
            "mdi2f-format-indent-decrease");

    static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.setIconSize(16);
        icon.getStyleClass().add("app-icon");
        if (POINTING.contains(literal)) {
            // JavaFX lays a right-to-left window out mirrored but draws text, and so these font glyphs, unmirrored
            icon.scaleXProperty().bind(Bindings.when(icon.effectiveNodeOrientationProperty()
                    .isEqualTo(NodeOrientation.RIGHT_TO_LEFT)).then(-1.0).otherwise(1.0));
            icon.getStyleClass().add("pointing-icon");
        }
        return icon;
    }
}
