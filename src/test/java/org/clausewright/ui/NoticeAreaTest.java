package org.clausewright.ui;

import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sync's notice leads to Merge results while its conflicts wait: it stays until the member closes or follows it,
 * whatever keys are pressed meanwhile; an ordinary notice goes after its few seconds.
 */
class NoticeAreaTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNoticeLeadingToAWaitingChoiceStaysWhenTheOthersGoAndAfterEscape() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        NoticeArea area = new NoticeArea(new Messages(Locale.ENGLISH));
        TextField field = new TextField();
        field.setId("field");
        int[] followed = {0};
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new VBox(field, area.node()), 600, 200));
            s.show();
        });
        robot.interact(() -> {
            area.show("Synced with origin: 3 to decide", new Dialogs.Notice("Merge results", () -> followed[0]++,
                    true));
            area.show("Recorded Working draft 5");
        });
        robot.clickOn("#field").type(KeyCode.ESCAPE);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // the ordinary notice goes after its six seconds
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> area.node().lookupAll(".notice").size() == 1);
        assertThat(robot.lookup(".notice .hyperlink").queryAllAs(Hyperlink.class))
                .extracting(Hyperlink::getText).containsExactly("Merge results");

        robot.clickOn(".notice .hyperlink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(followed[0]).isEqualTo(1);
        assertThat(area.node().isVisible()).isFalse();
    }
}
