package org.clausewright.ui;

import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** At 1440 × 900 on the sample's first clause, no word of the editor or the review panel is cut, in any language. */
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

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en", "es", "fr", "ru", "zh-CN"})
    void theEditorAndTheReviewPanelAreReadWhole(String language) throws Exception {
        window = EditorWindow.openIn(temp, language);
        window.robot.interact(() -> {
            window.stage().setWidth(1440);
            window.stage().setHeight(900);
        });
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> true);
        Node root = window.stage().getScene().getRoot();
        assertThat(Room.cut(root)).as(language).isEmpty();
    }
}
