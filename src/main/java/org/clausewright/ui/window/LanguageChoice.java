package org.clausewright.ui.window;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.clausewright.ui.Messages;
import org.clausewright.ui.editor.WorkingLanguage;

import java.util.List;

/** The working language version, chosen in the toolbar or in View ▸ Language version: the source, or a target. */
final class LanguageChoice {
    private LanguageChoice() {
    }

    /** "Version: [Source (English) ▾]" for the toolbar's end. */
    static Node of(WorkingLanguage language, Messages m) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("working-language");
        combo.setTooltip(new Tooltip(m.get("translation.chooseHint")));
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : language.label(tag);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        combo.getItems().setAll(language.choicesProperty().get());
        combo.setValue(language.tag());
        language.choicesProperty().addListener((obs, old, tags) -> {
            combo.getItems().setAll(tags);
            combo.setValue(language.tag());
        });
        combo.valueProperty().addListener((obs, old, tag) -> {
            if (tag != null) {
                language.tagProperty().set(tag);
            }
        });
        language.tagProperty().addListener((obs, old, tag) -> combo.setValue(tag));
        Label label = new Label(m.get("translation.choose"));
        label.setLabelFor(combo);
        HBox box = new HBox(6, label, combo);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // nothing to choose in a project without target languages
        box.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> language.choicesProperty().get().size() > 1, language.choicesProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** View ▸ Language version, one radio item per choice, made afresh as it opens (languages can change). */
    static Menu menu(WorkingLanguage language, Messages m) {
        Menu menu = new Menu(m.get("translation.menu"));
        menu.setId("menu-language-version");
        menu.getItems().add(new RadioMenuItem("…"));
        menu.setOnShowing(e -> {
            ToggleGroup group = new ToggleGroup();
            List<RadioMenuItem> items = language.choicesProperty().get().stream().map(tag -> {
                RadioMenuItem item = new RadioMenuItem(language.label(tag));
                item.setToggleGroup(group);
                item.setSelected(tag.equals(language.tag()));
                item.setOnAction(a -> language.tagProperty().set(tag));
                return item;
            }).toList();
            menu.getItems().setAll(items);
        });
        return menu;
    }
}
