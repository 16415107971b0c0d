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
        assertThat(overlap(notice, shown(window.robot.lookup("#status-bar").query())))
                .as("the notice covers the status bar").isFalse();
        Button add = window.robot.lookup("#review-add").queryButton();
        assertThat(overlap(notice, shown(add))).as("the notice covers the Add button").isFalse();
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

    /** The notice shown, wherever the window puts it: in a popup of its own or in the window's layout. */
    private Node notice() {
        Node floating = Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".notification-bar")).filter(n -> n != null)
                .findFirst().orElse(null);
        return floating != null ? floating
                : window.robot.lookup(".notice").tryQuery().filter(Node::isVisible).orElse(null);
    }

    @Test
    void theNoticeCoversNoControlOfTheWindowInEitherDirection() throws Exception {
        for (String language : java.util.List.of("en", "ar")) {
            window.close();
            window = EditorWindow.openIn(temp.resolve(language), language);
            window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query())
                    .getSelectionModel().select(2));
            ListView<Version> versions = window.robot.lookup("#history-versions").query();
            window.waitFor(10, () -> versions.getItems().size() == 4);
            window.robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
            window.waitFor(10, () -> window.robot.lookup("#version-label").tryQuery().isPresent());
            window.robot.type(KeyCode.ENTER);
            window.waitFor(15, () -> notice() != null);
            window.robot.interact(() -> { });
            Bounds notice = screen(notice());
            java.util.List<String> covered = window.robot.lookup(n -> n instanceof javafx.scene.control.Control
                            && n.isVisible() && n.getScene() == window.stage().getScene() && !within(n, notice()))
                    .queryAll().stream().filter(n -> overlap(notice, shown(n)))
                    .map(n -> n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())).toList();
            assertThat(covered).as("controls under the notice in " + language).isEmpty();
            assertThat(overlap(notice, shown(versions))).as("the Version list").isFalse();
        }
    }

    /** The part of a node not clipped away by the panes it is in (a scrolled form's rows below its edge). */
    private static double[] shown(Node node) {
        Bounds b = screen(node);
        double[] box = {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()};
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            Bounds a = screen(p);
            box = new double[] {Math.max(box[0], a.getMinX()), Math.max(box[1], a.getMinY()),
                    Math.min(box[2], a.getMaxX()), Math.min(box[3], a.getMaxY())};
        }
        return box;
    }

    // more than a pixel each way: a pane ending where the notice begins does not lie under it
    private static boolean overlap(Bounds notice, double[] box) {
        return Math.min(notice.getMaxX(), box[2]) - Math.max(notice.getMinX(), box[0]) > 1
                && Math.min(notice.getMaxY(), box[3]) - Math.max(notice.getMinY(), box[1]) > 1;
    }

    private static boolean within(Node node, Node notice) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == notice || "notices".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static Bounds screen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }
}
