package org.clausewright.ui.window;

import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons by their Ikonli names, so the toolbar and menus share one look. */
final class Icons {
    private Icons() {
    }

    static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.setIconSize(16);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
