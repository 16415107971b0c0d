package org.clausewright.ui.window;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.clausewright.ui.Messages;
import org.clausewright.ui.sync.BundleSending;
import org.clausewright.ui.sync.SyncDialogs;
import org.clausewright.ui.sync.SyncViewModel;

/** Sync's menu items (Project ▸ Sync, Remotes…, Sync results; File ▸ the two bundle items) and toolbar button. */
final class SyncMenu {
    private final SyncViewModel sync;
    private final BundleSending bundles;
    private final SyncDialogs dialogs;

    SyncMenu(SyncViewModel sync, BundleSending bundles, SyncDialogs dialogs) {
        this.sync = sync;
        this.bundles = bundles;
        this.dialogs = dialogs;
    }

    void sync() {
        sync.sync();
    }

    List<MenuItem> projectItems(Messages m, boolean readOnly) {
        MenuItem now = item(m.get("menu.sync"), "Shortcut+Shift+Y", sync::sync, "menu-sync");
        now.disableProperty().bind(sync.runningProperty());
        MenuItem remotes = item(m.get("menu.remotes"), null, () -> dialogs.editRemotes(sync.remotes()),
                "menu-remotes");
        MenuItem results = item(m.get("menu.syncResults"), null, sync::showLastResult, "menu-sync-results");
        MenuItem merge = item(m.get("menu.mergeResults"), null, sync::showMergeResults, "menu-merge-results");
        if (readOnly) {
            now.disableProperty().unbind();
            now.setDisable(true);
            remotes.setDisable(true);
            merge.setDisable(true);
        }
        return List.of(new SeparatorMenuItem(), now, remotes, results, merge);
    }

    List<MenuItem> fileItems(Messages m, boolean readOnly) {
        MenuItem send = item(m.get("menu.sendBundle"), null, bundles::send, "menu-send-bundle");
        MenuItem apply = item(m.get("menu.applyBundle"), null, sync::chooseBundle, "menu-apply-bundle");
        apply.disableProperty().bind(sync.runningProperty());
        if (readOnly) {
            apply.disableProperty().unbind();
            apply.setDisable(true);
        }
        return List.of(send, apply);
    }

    /** The toolbar's Sync button, idle while a sync runs and in a read-only window. */
    Button button(Button button, boolean readOnly) {
        button.setId("toolbar-sync");
        button.disableProperty().bind(sync.runningProperty().or(new javafx.beans.property.SimpleBooleanProperty(
                readOnly)));
        return button;
    }

    private static MenuItem item(String text, String shortcut, Runnable action, String id) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
