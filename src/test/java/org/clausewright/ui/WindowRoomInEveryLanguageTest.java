package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** At 1440 × 900 on the sample, the window's words are read whole in each of the six languages. */
class WindowRoomInEveryLanguageTest {
    @org.junit.jupiter.api.io.TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** The first clause selected: no word of the editor, the review panel or the outline is cut. */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "es", "fr", "ru", "zh-CN"})
    void theEditorAndTheReviewPanelAreReadWhole(String language) throws Exception {
        window = EditorWindow.openIn(temp, language).atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> true);
        assertThat(Room.cut(window.stage().getScene().getRoot())).as(language).isEmpty();
    }

    /**
     * With a language version chosen (the status bar's fullest state: gaps, member, saved, counts and the
     * translations' count), every item of the status bar is whole; the project's path on the left gives way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "es", "fr", "ru", "zh-CN"})
    void everyStatusBarItemIsWholeWithALanguageVersionChosen(String language) throws Exception {
        window = EditorWindow.openIn(temp, language).atDefaultSize();
        ComboBox<String> combo = window.robot.lookup("#working-language").query();
        window.robot.interact(() -> combo.setValue("fr"));
        window.waitFor(5, () -> !window.robot.lookup("#status-translations").queryLabeled().getText().isEmpty());
        Node bar = window.robot.lookup("#status-bar").query();
        Node items = bar.lookup(".right-items");
        assertThat(Room.cut(items == null ? bar : items)).as(language).isEmpty();
    }
}
