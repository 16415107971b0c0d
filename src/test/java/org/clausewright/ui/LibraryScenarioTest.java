package org.clausewright.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import org.clausewright.ui.library.LibraryRow;
import org.clausewright.ui.outline.OutlineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Placing a library clause in the draft with the Library's "Add to draft" button, in the real window. */
class LibraryScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void addToDraftPlacesTheClauseAfterTheOutlineSelectionAndShowsIt() {
        TreeItem<OutlineRow> first = window.clauseItem("1.1");
        window.robot.interact(() -> window.outline().getSelectionModel().select(first));
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(1));
        window.robot.clickOn("#library-search").write("option B national reporting");
        TableView<LibraryRow> table = window.robot.lookup("#library-table").query();
        LibraryRow row = table.getItems().get(0);
        assertThat(row.inDraft()).isFalse();
        window.robot.interact(() -> table.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();

        window.robot.clickOn("#library-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(numberInOutline(row.clauseId())).isEqualTo("1.2");
        // the editor stays on the added clause (it used to jump back to the outline's clause)
        assertThat(((Label) window.robot.lookup("#clause-number").query()).getText()).isEqualTo("1.2");
        assertThat(((TextField) window.robot.lookup("#clause-heading").query()).getText()).isEqualTo(row.heading());
        assertThat(window.outline().getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(row.clauseId());
        assertThat(table.getSelectionModel().getSelectedItem()).satisfies(r -> {
            assertThat(r.clauseId()).isEqualTo(row.clauseId());
            assertThat(r.number()).isEqualTo("1.2");
        });
        assertThat(undoText()).isEqualTo("Undo Add to draft");
    }

    private String numberInOutline(String clauseId) {
        java.util.List<TreeItem<OutlineRow>> stack = new java.util.ArrayList<>(window.outline().getRoot().getChildren());
        while (!stack.isEmpty()) {
            TreeItem<OutlineRow> item = stack.remove(0);
            if (item.getValue().id().equals(clauseId)) {
                return item.getValue().number();
            }
            stack.addAll(item.getChildren());
        }
        return null;
    }

    private String undoText() {
        javafx.scene.control.MenuBar bar = window.robot.lookup("#menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-undo".equals(i.getId()))
                .findFirst().orElseThrow().getText();
    }
}
