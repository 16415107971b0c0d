package org.clausewright.ui.window;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs something once a node has been laid out in its window for the first time: work the window needs soon
 * but not for its first screen starts only after it, instead of taking a core from it.
 */
final class AfterFirstLayout {
    private final Node node;
    private final Runnable action;
    private final Runnable listener = this::laidOut;
    private Scene scene;
    private boolean done;

    private AfterFirstLayout(Node node, Runnable action) {
        this.node = node;
        this.action = action;
    }

    static void run(Node node, Runnable action) {
        AfterFirstLayout once = new AfterFirstLayout(node, action);
        node.sceneProperty().addListener((obs, old, scene) -> once.listenTo(scene));
        once.listenTo(node.getScene());
    }

    private void listenTo(Scene next) {
        if (done || next == null || next == scene) {
            return;
        }
        if (scene != null) {
            scene.removePostLayoutPulseListener(listener);
        }
        scene = next;
        scene.addPostLayoutPulseListener(listener);
    }

    private void laidOut() {
        if (!done && node.getScene() == scene) {
            done = true;
            // not from inside the pulse's listeners: removing one while they run is JavaFX's own business
            javafx.application.Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener);
                action.run();
            });
        }
    }
}
