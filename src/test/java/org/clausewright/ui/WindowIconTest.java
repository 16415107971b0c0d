package org.clausewright.ui;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.clausewright.app.BundledSample;
import org.clausewright.app.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** The window carries the application's icon, as the menu entry does, in the sizes the desktops pick from. */
class WindowIconTest {
    @TempDir
    Path temp;
    private final Preferences node = Preferences.userRoot().node("org/clausewright-tests/icon-" + UUID.randomUUID());
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
    void theWindowShowsTheApplicationsIconInEverySize() throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        Settings settings = new Settings(node);
        settings.setMember("Test Member", "TM");
        settings.setLanguage("en");
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            controller = new AppController(stage, settings, path -> { });
            controller.start(dir);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#outline").tryQuery().isPresent());
        List<Image> icons = List.copyOf(stage.getIcons());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> icons.stream().allMatch(i -> i.getProgress() >= 1));

        assertThat(icons).extracting(Image::isError).containsOnly(false);
        assertThat(icons).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(icons).extracting(Image::getHeight).containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }
}
