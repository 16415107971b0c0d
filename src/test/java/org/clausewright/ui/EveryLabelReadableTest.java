package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No label of the window is drawn as empty boxes, whatever its language: JavaFX's fallback fonts hold no
 * Chinese, so the window chooses per language a font that has the glyphs (needs fonts-noto-core and
 * fonts-noto-cjk, as the README says).
 */
class EveryLabelReadableTest {
    private static final String FONTS = "drawn as empty boxes (are fonts-noto-core and fonts-noto-cjk installed?)";
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void theWindowInChineseHasAGlyphForEveryCharacter() throws Exception {
        window = EditorWindow.openIn(temp, "zh-CN");
        assertThat(window.robot.lookup("#tab-outline-title").queryLabeled().getText()).isEqualTo("大纲");
        assertThat(MissingGlyphs.under(window.outline().getScene().getRoot())).as(FONTS).isEmpty();
    }

    @Test
    void theWindowInArabicHasAGlyphForEveryCharacter() throws Exception {
        window = EditorWindow.openIn(temp, "ar");
        assertThat(MissingGlyphs.under(window.outline().getScene().getRoot())).as(FONTS).isEmpty();
        assertThat(MissingGlyphs.fromFallback(window.outline().getScene().getRoot()))
                .as("Arabic labels drawn in one font, so that JavaFX orders their words, numbers and colons right")
                .isEmpty();
    }

    @Test
    void eachLanguageIsNamedInPreferencesInLettersThatShow() throws Exception {
        window = EditorWindow.openIn(temp, "en");
        window.robot.interact(() -> Platform.runLater(window.controller()::preferences));
        window.waitFor(10, () -> window.robot.lookup(".combo-box").queryAll().size() >= 2);
        DialogPane pane = window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> languages = (ComboBox<String>) pane.lookupAll(".combo-box").stream()
                .filter(c -> ((ComboBox<?>) c).getItems().contains("zh-CN")).findFirst().orElseThrow();
        try {
            window.robot.interact(languages::show);
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> list = window.robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
            List<String> shown = window.robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                    .map(c -> ((javafx.scene.control.ListCell<?>) c).getText()).toList();
            assertThat(shown).contains("简体中文", "العربية", "Русский");
            assertThat(MissingGlyphs.under(list)).as(FONTS).isEmpty();
        } finally {
            window.robot.interact(() -> {
                languages.hide();
                ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire();
            });
        }
        assertThat(Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane))
                .isEmpty();
    }
}
