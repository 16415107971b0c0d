package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.clausewright.ui.editor.ElementChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After Add in the Details' addressed elements, the picker is ready for the next element: it says again what it
 * is for ("Framework ▸ element"), not blank, and the keyboard stays on it; it went to the Tags field with its text
 * selected, where the next key typed replaced the clause's tags.
 */
class AddressPickerTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void open() throws Exception {
        window = EditorWindow.open(temp);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void afterAddThePickerShowsItsPromptAndKeepsTheFocus() throws Exception {
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.3")));
        ComboBox<ElementChoice> element = window.robot.lookup("#clause-address-element").query();
        window.robot.clickOn(element);
        window.robot.interact(() -> {
            element.hide();
            element.setValue(element.getItems().get(element.getItems().size() - 1));
        });
        window.robot.clickOn("#clause-address-add");
        window.waitFor(5, () -> element.getValue() == null);

        String shown = Room.laidOut(element, () -> ((ListCell<?>) element.lookup(".list-cell")).getText());
        assertThat(shown).isEqualTo("Framework ▸ element");
        Node focused = Room.laidOut(element, () -> window.stage().getScene().getFocusOwner());
        assertThat(focused).isSameAs(element);
    }
}
