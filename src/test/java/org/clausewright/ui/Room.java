package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * What the window draws cut short, read the way a person sees it: on the FX thread, after a layout pass. A label
 * shows its new text only once laid out; read between the two (a cell just filled, on a loaded machine) its text
 * node is still "" and would be taken for a label cut to nothing.
 */
final class Room {
    private Room() {
    }

    /** Every label under {@code root} drawn shorter than its text (cut to "…"), once the scene is laid out. */
    static List<String> cut(Node root) throws Exception {
        return laidOut(root, () -> cutNow(root));
    }

    /** {@code read} on the FX thread, after the scene of {@code root} has applied its styles and laid out. */
    static <T> T laidOut(Node root, Callable<T> read) throws Exception {
        Callable<T> afterLayout = () -> {
            if (root.getScene() != null) {
                root.getScene().getRoot().applyCss();
                root.getScene().getRoot().layout();
            }
            return read.call();
        };
        // on the FX thread already (a condition waited for): waiting there for the thread itself would never end
        return Platform.isFxApplicationThread() ? afterLayout.call() : WaitForAsyncUtils.asyncFx(afterLayout).get();
    }

    /** As {@link #cut}, on the FX thread with the scene already laid out. */
    static List<String> cutNow(Node root) {
        return root.lookupAll(".text").stream().filter(n -> n instanceof Text t && shown(n, root)
                && n.getParent() instanceof Labeled labeled && labeled.getText() != null
                && !labeled.getText().equals(t.getText())).map(n -> ((Text) n).getText()).toList();
    }

    /** Whether {@code node} and every parent up to {@code root} is visible: a hidden label is not read at all. */
    private static boolean shown(Node node, Node root) {
        for (Node n = node; n != null; n = n == root ? null : n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
