package org.clausewright.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

import java.util.Map;

/**
 * The standard buttons (OK, Cancel, Yes, No, Close, Apply) in the member's language. JavaFX labels its stock
 * {@link ButtonType}s from a bundle of its own that follows the system's language and has no Chinese, Arabic or
 * Russian, so every dialog of the window goes through here. The stock types stay (code compares them, and their
 * {@code ButtonData} places and triggers them); only the labels of their buttons change, also for buttons added
 * after this call.
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "button.ok",
            ButtonType.CANCEL, "button.cancel", ButtonType.YES, "button.yes", ButtonType.NO, "button.no",
            ButtonType.CLOSE, "button.close", ButtonType.APPLY, "button.apply");

    private DialogButtons() {
    }

    /** Labels the dialog's stock buttons in the window's language; returns the dialog. */
    public static <D extends Dialog<?>> D translate(D dialog, Messages messages) {
        DialogPane pane = dialog.getDialogPane();
        // the pane makes a button when its type is added (its own listener runs first), so it can be labelled here
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> label(pane, messages));
        label(pane, messages);
        return dialog;
    }

    private static void label(DialogPane pane, Messages messages) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node node = pane.lookupButton(type);
            if (key != null && node instanceof Button button) {
                button.setText(messages.get(key));
            }
        }
    }
}
