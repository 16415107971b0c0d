package org.clausewright.ui.window;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;
import org.clausewright.ui.coverage.CoverageWindows;
import org.clausewright.ui.editor.TranslationViewModel;

import java.nio.file.Path;

/** The menu bar, built from the window's {@link EditorActions} and the application's {@link WindowActions}. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar of(ProjectViewModel document, EditorActions editor, WindowActions app, String theme,
                     SyncMenu sync, CoverageWindows coverage, TranslationViewModel translation) {
        Messages m = document.messages();
        Menu recent = new Menu(m.get("menu.recent"));
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path dir : app.recentProjects()) {
                MenuItem item = new MenuItem(dir.toString());
                item.setOnAction(a -> app.openRecent(dir));
                recent.getItems().add(item);
            }
        });
        recent.getItems().add(new MenuItem("…"));
        java.util.List<MenuItem> bundleItems = sync.fileItems(m, document.isReadOnly());
        Menu file = new Menu(m.get("menu.file"), null,
                item(m.get("menu.newProject"), "Shortcut+Shift+N", app::newProject),
                id(item(m.get("menu.newFromTemplate"), null, app::newProjectFromTemplate), "menu-new-from-template"),
                item(m.get("menu.open"), "Shortcut+O", app::openProject),
                recent,
                new SeparatorMenuItem(),
                item(m.get("menu.save"), "Shortcut+S", editor::save),
                item(m.get("history.record"), "Shortcut+R", editor::recordVersion),
                item(m.get("menu.export"), "Shortcut+E", editor::export),
                importItem(m, document, editor),
                new SeparatorMenuItem(),
                bundleItems.get(0),
                bundleItems.get(1),
                new SeparatorMenuItem(),
                item(m.get("menu.preferences"), "Shortcut+Comma", app::preferences),
                new SeparatorMenuItem(),
                item(m.get("menu.quit"), "Shortcut+Q", app::quit));

        MenuItem undo = item(m.get("menu.undo"), "Shortcut+Z", document::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(document.undoTextProperty());
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item(m.get("menu.redo"), "Shortcut+Shift+Z", document::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(document.redoTextProperty());
        redo.disableProperty().bind(document.canRedoProperty().not());
        Menu edit = new Menu(m.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(),
                item(m.get("menu.addClause"), "Shortcut+N", editor::addClause),
                item(m.get("menu.addSection"), "Shortcut+Alt+S", editor::addSection),
                item(m.get("menu.addPart"), "Shortcut+Alt+P", editor::addPart),
                item(m.get("menu.rename"), "F2", editor::rename),
                item(m.get("menu.delete"), "Shortcut+DELETE", editor::delete),
                new SeparatorMenuItem(),
                item(m.get("menu.moveUp"), "Alt+UP", editor::moveUp),
                item(m.get("menu.moveDown"), "Alt+DOWN", editor::moveDown),
                item(m.get("menu.indent"), "Alt+RIGHT", editor::indent),
                item(m.get("menu.outdent"), "Alt+LEFT", editor::outdent),
                new SeparatorMenuItem(),
                item(m.get("menu.comment"), "Shortcut+M", editor::comment),
                id(item(m.get("menu.bracket"), "Shortcut+Shift+B", editor::bracket), "menu-bracket"),
                id(item(m.get("menu.decide"), "Shortcut+Shift+D", editor::decide), "menu-decide"),
                item(m.get("menu.find"), "Shortcut+F", editor::find),
                new SeparatorMenuItem(),
                translationItem(m.get("translation.start"), null, translation::startTranslation,
                        translation.canStartProperty(), "menu-start-translation"),
                translationItem(m.get("translation.confirm"), "Shortcut+Shift+K", translation::confirm,
                        translation.canConfirmProperty(), "menu-confirm-translation"));
        edit.getItems().stream().filter(i -> i != undo && i != redo && !(i instanceof SeparatorMenuItem)
                        && !i.disableProperty().isBound())
                .forEach(i -> i.setDisable(document.isReadOnly() && !i.getText().equals(m.get("menu.find"))));

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(m.get("menu.themeLight"));
        light.setToggleGroup(themes);
        light.setSelected(!"dark".equals(theme));
        light.setOnAction(e -> app.setTheme("light"));
        RadioMenuItem dark = new RadioMenuItem(m.get("menu.themeDark"));
        dark.setToggleGroup(themes);
        dark.setSelected("dark".equals(theme));
        dark.setOnAction(e -> app.setTheme("dark"));
        CheckMenuItem colours = new CheckMenuItem(m.get("menu.colourByStatus"));
        colours.setId("menu-colour-by-status");
        colours.setOnAction(e -> editor.colourByStatus(colours.isSelected()));
        Menu view = new Menu(m.get("menu.view"), null, light, dark, new SeparatorMenuItem(), colours,
                new SeparatorMenuItem(),
                id(item(m.get("menu.coverage"), "Shortcut+Shift+C", coverage::showCoverage), "menu-coverage"),
                new SeparatorMenuItem(), LanguageChoice.menu(translation.language(), m));
        Menu project = new Menu(m.get("menu.project"), null,
                id(item(m.get("menu.parties"), null, editor::editParties), "menu-parties"),
                id(item(m.get("menu.freeze"), null, editor::freezeNumbering), "menu-freeze"));
        project.getItems().forEach(i -> i.setDisable(document.isReadOnly()));
        // a read-only member may look at the frameworks; the window lets only a writer change them
        project.getItems().add(id(item(m.get("menu.frameworks"), null, coverage::showFrameworks), "menu-frameworks"));
        project.getItems().addAll(sync.projectItems(m, document.isReadOnly()));
        MenuBar bar = new MenuBar(file, edit, project, view);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem importItem(Messages m, ProjectViewModel document, EditorActions editor) {
        MenuItem item = item(m.get("menu.importReview"), "Shortcut+Shift+I", editor::importReview);
        item.setId("menu-import-review");
        item.setDisable(document.isReadOnly());
        return item;
    }

    /** An action on the selected clause's translation, enabled while it applies (a read-only member never). */
    private static MenuItem translationItem(String text, String shortcut, Runnable action,
                                            javafx.beans.value.ObservableBooleanValue applies, String id) {
        MenuItem item = id(item(text, shortcut, action), id);
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(applies));
        return item;
    }

    private static MenuItem id(MenuItem item, String id) {
        item.setId(id);
        return item;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
