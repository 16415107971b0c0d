package org.clausewright.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question asked in words (History ▸ Mark as milestone…) reads as a sentence above its field: beside the field
 * the Russian question was squeezed into a column of six lines of two or three words.
 */
class TextQuestionLayoutTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .filter(s -> s.getScene() != null && s.getScene().getRoot() instanceof DialogPane).toList()
                .forEach(Stage::close));
        FxToolkit.cleanupStages();
    }

    @Test
    void theQuestionStandsAboveItsFieldAsWideAsTheDialog() throws Exception {
        Stage owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
            s.show();
        });
        Messages messages = new Messages(Locale.forLanguageTag("ru"));
        String question = "Название этапа, который отмечает версия «Working draft 4» (указывается на титульной "
                + "странице документа Word):";
        FxDialogs dialogs = new FxDialogs(messages, () -> owner);
        Platform.runLater(() -> dialogs.askText("Отметить как этап", question, ""));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        Node said = robot.lookup(".dialog-pane .label").match(n -> n instanceof javafx.scene.control.Label l
                && question.equals(l.getText())).query();
        Bounds[] bounds = Room.laidOut(pane, () -> new Bounds[] {said.localToScene(said.getLayoutBounds()),
                field.localToScene(field.getLayoutBounds())});
        assertThat(bounds[0].getMaxY()).as("the question above the field").isLessThanOrEqualTo(bounds[1].getMinY());
        assertThat(field.isFocused()).isTrue();
    }
}
