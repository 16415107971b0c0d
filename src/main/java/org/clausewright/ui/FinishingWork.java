package org.clausewright.ui;

import javafx.animation.PauseTransition;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Shown while closing waits for work in progress (a save, a recording, an export, an import) to end. It
 * appears only if the wait lasts, so a quick last save does not flash it; the member may keep the window open
 * instead, and the work still ends normally.
 */
final class FinishingWork {
    private static final Duration SHOW_AFTER = Duration.millis(300);
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PauseTransition delay = new PauseTransition(SHOW_AFTER);
    private boolean keptOpen;
    private boolean finished;

    private FinishingWork(Messages messages, Window owner, String action) {
        DialogButtons.translate(dialog, messages);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("finishing.title"));
        dialog.setHeaderText(messages.get("finishing.header." + action));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        Label text = new Label(messages.get("finishing.text"));
        text.setWrapText(true);
        text.setPrefWidth(360);
        HBox content = new HBox(12, progress, text);
        content.setPadding(new javafx.geometry.Insets(12));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("finishing-work");
        ButtonType keep = new ButtonType(messages.get("finishing.keepOpen"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(keep);
        dialog.setOnHidden(e -> keptOpen = !finished);
        delay.setOnFinished(e -> {
            if (!finished) {
                dialog.show();
            }
        });
    }

    /** Starts waiting; {@code action} names what waits: "quit", "close" or "switch". */
    static FinishingWork start(Messages messages, Window owner, String action) {
        FinishingWork waiting = new FinishingWork(messages, owner, action);
        waiting.delay.play();
        return waiting;
    }

    /** Whether the member chose to keep the window open rather than wait. */
    boolean keptOpen() {
        return keptOpen;
    }

    /** The work ended: the notice goes. */
    void finished() {
        finished = true;
        delay.stop();
        if (dialog.isShowing()) {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        }
    }
}
