package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.clausewright.app.Settings;

import java.util.Optional;

/** Name, initials, theme and language; the window is rebuilt in the new language when it changes. */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    /** Present when the member pressed OK. */
    static Optional<Boolean> show(Messages messages, Window owner, Settings settings, LanguageFonts fonts) {
        Dialog<ButtonType> dialog = DialogButtons.translate(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.preferences"));
        TextField name = new TextField(settings.memberName().orElse(""));
        TextField initials = new TextField(settings.initials());
        ComboBox<String> theme = new ComboBox<>();
        theme.getItems().setAll("light", "dark");
        theme.setValue(settings.theme());
        theme.setConverter(converter(t -> messages.get("dark".equals(t) ? "menu.themeDark" : "menu.themeLight")));
        ComboBox<String> language = new ComboBox<>();
        language.getItems().setAll(Languages.TAGS);
        language.setValue(settings.language());
        language.setConverter(converter(t -> messages.get("language." + (t.isEmpty() ? "system" : t))));
        // each language's name is written in that language, so each is drawn in a font that has its letters
        language.setCellFactory(list -> new LanguageCell(language.getConverter(), fonts));
        language.setButtonCell(new LanguageCell(language.getConverter(), fonts));
        GridPane grid = org.clausewright.ui.Forms.grid();
        grid.addRow(0, new Label(messages.get("member.name")), name);
        grid.addRow(1, new Label(messages.get("member.initials")), initials);
        grid.addRow(2, new Label(messages.get("preferences.theme")), theme);
        grid.addRow(3, new Label(messages.get("preferences.language")), language);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait().filter(b -> b == ButtonType.OK);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        if (!name.getText().isBlank()) {
            settings.setMember(name.getText(), initials.getText());
        }
        settings.setTheme(theme.getValue());
        settings.setLanguage(language.getValue());
        return Optional.of(true);
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
