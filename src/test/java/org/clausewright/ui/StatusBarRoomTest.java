package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1440 × 900, with a language version chosen (the status bar's fullest state: gaps, member, saved, counts and
 * the translations' count), every item of the status bar is read whole in every language; the project's path on
 * the left is what gives way.
 */
class StatusBarRoomTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "es", "fr", "ru", "zh-CN"})
    void everyItemIsWholeWithALanguageVersionChosen(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        window.robot.interact(() -> {
            window.stage().setWidth(1440);
            window.stage().setHeight(900);
        });
        ComboBox<String> combo = window.robot.lookup("#working-language").query();
        window.robot.interact(() -> combo.setValue("fr"));
        window.waitFor(5, () -> !window.robot.lookup("#status-translations").queryLabeled().getText().isEmpty());
        Node bar = window.robot.lookup("#status-bar").query();
        Node items = bar.lookup(".right-items");
        assertThat(Room.cut(items == null ? bar : items)).as(language).isEmpty();
    }
}
