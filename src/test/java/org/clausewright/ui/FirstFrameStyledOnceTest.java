package org.clausewright.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.clausewright.app.BundledSample;
import org.clausewright.app.ProjectSession;
import org.clausewright.app.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first frame's styling is most of the window's start: the window is in its language (orientation, font,
 * the labels' skin) before it is shown, so JavaFX styles its nodes once. Before, the language was applied as the
 * window appeared: the scene's new orientation styled every node and made every label's skin, and the root's
 * stylesheet added after it styled every node again and made every label's skin a second time.
 */
class FirstFrameStyledOnceTest {
    @TempDir
    Path temp;
    private final Preferences node = Preferences.userRoot().node("org/clausewright-tests/styled-" + UUID.randomUUID());
    private AppController controller;

    @AfterEach
    void close() throws Exception {
        if (controller != null) {
            FxToolkit.setupFixture(controller::shutdown);
        }
        FxToolkit.cleanupStages();
        node.removeNode();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theWindowIsInItsLanguageWhenShownAndNoLabelGetsASecondSkin(String language) throws Exception {
        Path dir = temp.resolve("model-code");
        BundledSample.install(dir);
        Settings settings = new Settings(node);
        settings.setMember("Test Member", "TM");
        settings.setLanguage(language);
        ProjectSession session = AppController.openSession(dir, "Test Member", new Notices());
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<NodeOrientation> orientationWhenShown = new AtomicReference<>();
        AtomicInteger labelsWhenShown = new AtomicInteger();
        AtomicInteger skinsReplaced = new AtomicInteger();
        List<String> replaced = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            stage.addEventFilter(WindowEvent.WINDOW_SHOWING, e -> {
                orientationWhenShown.set(stage.getScene().getNodeOrientation());
                List<Label> labels = labels(stage.getScene().getRoot(), new ArrayList<>());
                labelsWhenShown.set(labels.size());
                labels.forEach(label -> label.skinProperty().addListener((o, old, skin) -> {
                    if (old != null && skin != null) {
                        skinsReplaced.incrementAndGet();
                        replaced.add(label.getText());
                    }
                }));
            });
            controller = new AppController(stage, settings, path -> { });
            controller.start(dir, CompletableFuture.completedFuture(session), new Notices());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(orientationWhenShown.get()).isEqualTo(
                "ar".equals(language) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        assertThat(labelsWhenShown.get()).isGreaterThan(20);
        assertThat(replaced).as("labels whose skin was made twice").isEmpty();
        assertThat(skinsReplaced.get()).isZero();
        // the labels' skin is the one the window's stylesheet names (a tab's title is no ".label"), made once
        assertThat(labels(stage.getScene().getRoot(), new ArrayList<>()))
                .filteredOn(label -> label.getStyleClass().contains("label"))
                .isNotEmpty().allMatch(label -> label.getSkin() instanceof BidiLabelSkin);
    }

    private static List<Label> labels(Node node, List<Label> into) {
        if (node instanceof Label label) {
            into.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> labels(child, into));
        }
        return into;
    }
}
