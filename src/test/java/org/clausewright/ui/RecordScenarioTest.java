package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.clausewright.history.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Record version… in the real window: the next label suggested, and where the "Recorded" notice shows. */
class RecordScenarioTest {
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
    void theNextLabelIsSuggestedSelectedAndTheNoticeLeavesTheStatusBarAndAddButtonFree() throws Exception {
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() == 4);

        window.robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        window.waitFor(10, () -> window.robot.lookup("#version-label").tryQuery()
                .map(n -> n.getScene().getFocusOwner() == n).orElse(false));
        TextField label = window.robot.lookup("#version-label").query();
        assertThat(label.getText()).isEqualTo("Working draft 5");
        assertThat(label.getSelectedText()).as("selected, so that typing replaces it").isEqualTo("Working draft 5");
        assertThat(label.getScene().getFocusOwner()).isSameAs(label);
        window.robot.type(KeyCode.ENTER);

        window.waitFor(15, () -> versions.getItems().size() == 5);
        assertThat(versions.getItems().get(0).label()).isEqualTo("Working draft 5");
        window.waitFor(10, () -> notice() != null);
        Bounds notice = screen(notice());
        assertThat(notice.intersects(screen(window.robot.lookup("#status-bar").query())))
                .as("the notice covers the status bar").isFalse();
        Button add = window.robot.lookup("#review-add").queryButton();
        assertThat(notice.intersects(screen(add))).as("the notice covers the Add button").isFalse();
    }

    @Test
    void aVersionRecordedBeforeTheHistoryTabWasFirstShownIsListedThere() throws Exception {
        // the History tab is built when first shown: it must show the versions already read, not an empty list
        window.robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        window.waitFor(10, () -> window.robot.lookup("#version-label").tryQuery()
                .map(n -> n.getScene().getFocusOwner() == n).orElse(false));
        window.robot.type(KeyCode.ENTER);
        window.waitFor(10, () -> notice() != null);

        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() == 5);
        assertThat(versions.getItems().get(0).label()).isEqualTo("Working draft 5");
    }

    private Node notice() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".notification-bar")).filter(n -> n != null)
                .findFirst().orElse(null);
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }
}
