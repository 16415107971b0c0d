package org.clausewright.ui;

import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** A language in the Preferences' list: its own name, in a font that has that language's letters. */
final class LanguageCell extends ListCell<String> {
    private final StringConverter<String> names;
    private final LanguageFonts fonts;

    LanguageCell(StringConverter<String> names, LanguageFonts fonts) {
        this.names = names;
        this.fonts = fonts;
    }

    @Override
    protected void updateItem(String tag, boolean empty) {
        super.updateItem(tag, empty);
        setText(empty || tag == null ? null : names.toString(tag));
        // "" is the system's language, named in the window's language
        setStyle(empty || tag == null || tag.isEmpty() ? null : fonts.family(tag).map(LanguageFonts::style).orElse(null));
    }
}
