package org.clausewright.ui;

import javafx.event.EventDispatcher;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.app.BundledSample;
import org.clausewright.app.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start: the member's name is asked before the window opens, typed straight away, and required. */
class FirstRunTest {
    @TempDir
    Path temp;
    private final Preferences node = Preferences.userRoot().node("org/clausewright-tests/first-run-" + UUID.randomUUID());
    private final FxRobot robot = new FxRobot();
    private AppController controller;

    @AfterEach
    void close() throws Exception {
        if (controller != null) {
            FxToolkit.setupFixture(controller::shutdown);
        }
        FxToolkit.cleanupStages();
        node.removeNode();
    }

    @Test
    void theNameIsTypedAtOnceInitialsAreSuggestedAndTheWindowOpensAfterwards() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        Settings settings = new Settings(node);
        settings.setLanguage("en");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            controller = new AppController(stage, settings, path -> { });
            controller.start(dir);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#member-name").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("no empty window behind the question").isFalse();

        TextField name = robot.lookup("#member-name").query();
        TextField initials = robot.lookup("#member-initials").query();
        Button ok = robot.lookup("#member-ok").query();
        assertThat(name.isFocused()).isTrue();
        assertThat(name.getSelectedText()).isEqualTo(name.getText()).isNotEmpty();

        robot.write("Ingrid Solberg");
        assertThat(name.getText()).isEqualTo("Ingrid Solberg");
        assertThat(initials.getText()).isEqualTo("IS");

        robot.interact(() -> name.setText("  "));
        assertThat(ok.isDisabled()).isTrue();
        // a space on the focused field types a space: nothing is accepted
        robot.type(KeyCode.SPACE);
        assertThat(promptShowing()).isTrue();

        robot.interact(() -> name.setText(""));
        robot.write("Li Wei");
        assertThat(initials.getText()).isEqualTo("LW");
        assertThat(ok.isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#outline").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(promptShowing()).isFalse();
        assertThat(stage.isShowing()).isTrue();
        assertThat(settings.memberName()).contains("Li Wei");
        assertThat(settings.initials()).isEqualTo("LW");
    }

    @Test
    void enterOpensTheWindowAfterTheKeyIsHandledNotInsideIt() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        Settings settings = new Settings(node);
        settings.setLanguage("en");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            controller = new AppController(stage, settings, path -> { });
            controller.start(dir);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#member-name").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // counts the key events being dispatched in the prompt: the window must not open, nor the prompt close,
        // while the Enter key is still being handled (in the real window on GTK that crashed the JVM)
        Scene prompt = robot.lookup("#member-prompt").query().getScene();
        int[] inside = {0};
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            EventDispatcher original = prompt.getEventDispatcher();
            prompt.setEventDispatcher((event, tail) -> {
                inside[0]++;
                try {
                    return original.dispatchEvent(event, tail);
                } finally {
                    inside[0]--;
                }
            });
            stage.showingProperty().addListener((obs, was, now) -> seen.add("window shown, keys in hand: " + inside[0]));
            prompt.getWindow().showingProperty().addListener((obs, was, now) ->
                    seen.add("prompt closed, keys in hand: " + inside[0]));
        });
        robot.interact(() -> ((TextField) robot.lookup("#member-name").query()).setText(""));
        robot.write("Li Wei");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#outline").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(seen).containsExactly("window shown, keys in hand: 0", "prompt closed, keys in hand: 0");
        assertThat(settings.memberName()).contains("Li Wei");
    }

    private boolean promptShowing() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#member-prompt") instanceof Node);
    }
}
