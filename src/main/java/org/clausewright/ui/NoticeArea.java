package org.clausewright.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.Arrays;

/**
 * The window's notices ("Restored", "Recorded Working draft 5", a sync's result), in a strip of their own above
 * the status bar. A floating notice covered whatever was under it for its six seconds — the Version chooser,
 * the History's list, in a mirrored window the tabs; in the layout a notice covers nothing: the three panes are
 * a line shorter while it shows. A notice under the pointer stays until the pointer leaves it; one that leads to
 * a choice still waiting (a sync's conflicts) stays until closed or followed: gone after six seconds, its link was
 * missed by a member reading the result or pressing Escape in a field meanwhile.
 */
public final class NoticeArea {
    static final String ID = "notices";
    private static final Duration SHOWN = Duration.seconds(6);
    /** More would push the panes away; the oldest gives way to the newest. */
    private static final int MOST = 3;
    private final VBox box = new VBox();
    private final Messages messages;

    public NoticeArea(Messages messages) {
        this.messages = messages;
        box.setId(ID);
        box.getStyleClass().add("notice-area");
        box.setUserData(this);
        box.managedProperty().bind(box.visibleProperty());
        box.setVisible(false);
    }

    public Node node() {
        return box;
    }

    /** The notice area of the window's scene, if the window has one (the main window has; first run has not). */
    static java.util.Optional<NoticeArea> of(Window window) {
        if (window == null || window.getScene() == null) {
            return java.util.Optional.empty();
        }
        Node node = window.getScene().getRoot().lookup("#" + ID);
        return node != null && node.getUserData() instanceof NoticeArea area
                ? java.util.Optional.of(area) : java.util.Optional.empty();
    }

    void show(String message, Dialogs.Notice... actions) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox notice = new HBox(8, text);
        notice.getStyleClass().add("notice");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setPadding(new Insets(4, 8, 4, 12));
        for (Dialogs.Notice action : actions) {
            Hyperlink link = new Hyperlink(action.text());
            link.setOnAction(e -> {
                remove(notice);
                action.action().run();
            });
            link.setMinWidth(Region.USE_PREF_SIZE);
            notice.getChildren().add(link);
        }
        Button close = new Button("×");
        close.getStyleClass().addAll("flat", "notice-close");
        close.setAccessibleText(messages.get("button.close"));
        close.setTooltip(new javafx.scene.control.Tooltip(messages.get("button.close")));
        close.setOnAction(e -> remove(notice));
        close.setMinWidth(Region.USE_PREF_SIZE);
        notice.getChildren().add(close);

        boolean waits = Arrays.stream(actions).anyMatch(Dialogs.Notice::waits);
        PauseTransition timer = new PauseTransition(SHOWN);
        timer.setOnFinished(e -> {
            if (!notice.isHover()) {
                remove(notice);
            }
        });
        notice.hoverProperty().addListener((o, was, now) -> {
            if (!now && !waits) {
                timer.playFromStart();
            }
        });
        box.getChildren().add(notice);
        while (box.getChildren().size() > MOST) {
            box.getChildren().remove(0);
        }
        box.setVisible(true);
        if (!waits) {
            timer.play();
        }
    }

    private void remove(Parent notice) {
        box.getChildren().remove(notice);
        box.setVisible(!box.getChildren().isEmpty());
    }
}
