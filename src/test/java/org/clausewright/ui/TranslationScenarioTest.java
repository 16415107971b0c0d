package org.clausewright.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewright.ui.outline.OutlineRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working on the French and Arabic versions of the sample in the real window: the outline marks the outdated
 * clause, the editor shows it beside its source with the source's change, Confirm and undo; the choice is kept for
 * the project.
 */
class TranslationScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private void choose(String tag) {
        ComboBox<String> combo = window.robot.lookup("#working-language").query();
        window.robot.interact(() -> combo.setValue(tag));
    }

    private void select(String number) {
        TreeItem<OutlineRow> item = window.clauseItem(number);
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    /** The translation mark shown on the outline row of the clause numbered {@code number}. */
    private String mark(String number) throws Exception {
        TreeItem<OutlineRow> item = window.clauseItem(number);
        window.robot.interact(() -> window.outline().scrollTo(window.outline().getRow(item)));
        WaitForAsyncUtils.waitForFxEvents();
        return window.robot.lookup(".tree-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.TreeCell<?>) c).getItem() == item.getValue()).findFirst()
                .flatMap(c -> c.lookupAll(".label").stream()
                        .filter(l -> l.getStyleClass().contains("outline-translation"))
                        .filter(javafx.scene.Node::isVisible).findFirst())
                .map(l -> ((Label) l).getText() + " | " + ((Label) l).getTooltip().getText()).orElse("");
    }

    private String words(String kind) {
        TextFlow flow = window.robot.lookup("#translation-change").query();
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains("diff-" + kind))
                .map(n -> ((Text) n).getText()).reduce("", String::concat);
    }

    private String stateShown() {
        return window.robot.lookup("#translation-state").queryAs(Label.class).getText();
    }

    @Test
    void choosingFrenchMarksTheOutdatedClauseShowsTheSourcesChangeAndConfirmIsUndone() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
        // not shown, and not even built while the source is worked on
        assertThat(window.robot.lookup("#translation-editor").tryQuery()).isEmpty();
        choose("fr");
        window.waitFor(10, () -> mark("2.2").startsWith("FR outdated"));
        assertThat(mark("2.2")).isEqualTo(
                "FR outdated | French: translation outdated, the source changed in “Working draft 4”");
        assertThat(mark("1.1")).isEqualTo("FR current | French: translation current");
        Label count = window.robot.lookup("#status-translations").query();
        assertThat(count.getText()).isEqualTo("French: 31 current, 1 outdated, 0 missing");
        assertThat(window.robot.lookup("#clause-editor").query().isVisible()).isFalse();

        select("2.2");
        window.waitFor(10, () -> !words("deleted").isEmpty());
        assertThat(stateShown()).isEqualTo("outdated");
        assertThat(window.robot.lookup("#translation-source-heading").queryAs(TextField.class).getText())
                .isEqualTo("Compliance with national law and regulation");
        assertThat(window.robot.lookup("#translation-heading").queryAs(TextField.class).getText())
                .startsWith("Respect de la législation");
        assertThat(window.robot.lookup("#translation-source-text").queryAs(StyleClassedTextArea.class).isEditable())
                .isFalse();
        assertThat(words("deleted")).contains("[relevant international guidance]");
        assertThat(words("inserted")).contains("relevant international guidance");
        assertThat(window.robot.lookup("#translation-change-note").queryAs(Label.class).getText())
                .contains("“Working draft 4”");

        window.robot.clickOn("#translation-confirm");
        window.waitFor(10, () -> stateShown().equals("current"));
        assertThat(window.robot.lookup("#translation-outdated").query().isVisible()).isFalse();
        assertThat(mark("2.2")).startsWith("FR current");
        assertThat(count.getText()).isEqualTo("French: 32 current, 0 outdated, 0 missing");

        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        window.waitFor(10, () -> stateShown().equals("outdated"));
        assertThat(mark("2.2")).startsWith("FR outdated");
        assertThat(count.getText()).isEqualTo("French: 31 current, 1 outdated, 0 missing");

        // the shortcut confirms as the button does
        window.robot.clickOn("#translation-text");
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        window.waitFor(10, () -> stateShown().equals("current"));
    }

    @Test
    void theArabicTranslationIsTypedRightAlignedAndTheChoiceIsKeptForTheProject() throws Exception {
        window = EditorWindow.openIn(temp, "ar");
        choose("ar");
        select("1.1");
        StyleClassedTextArea text = window.robot.lookup("#translation-text").query();
        String before = text.getText();
        assertThat(before).isNotEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow paragraph = text.lookupAll(".paragraph-direction").stream().map(m -> m.getParent())
                .flatMap(box -> box.getChildrenUnmodifiable().stream()).filter(TextFlow.class::isInstance)
                .map(TextFlow.class::cast).findFirst().orElseThrow();
        assertThat(paragraph.getChildren().stream().filter(Text.class::isInstance).count())
                .as("a run per word: JavaFX draws a long right-to-left run that wraps with words lost")
                .isGreaterThanOrEqualTo(before.split(" +").length);
        window.robot.interact(() -> text.moveTo(text.getLength()));
        window.robot.clickOn(text);
        window.robot.interact(() -> text.moveTo(text.getLength()));
        window.robot.write(" دائمًا");
        WaitForAsyncUtils.waitForFxEvents();
        String id = window.controller().document().selectedClauseIdProperty().get();
        assertThat(window.controller().document().project().translations().of("ar", id).orElseThrow().text())
                .isEqualTo(before + " دائمًا");
        assertThat(window.controller().document().project().clause(id).orElseThrow().text())
                .as("the source is untouched").doesNotContain("دائمًا");
        TextField heading = window.robot.lookup("#translation-heading").query();
        assertThat(heading.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        List<javafx.scene.text.TextAlignment> alignments = text.lookupAll(".paragraph-direction").stream()
                .map(mark -> mark.getParent().getChildrenUnmodifiable().stream()
                        .filter(TextFlow.class::isInstance).map(f -> ((TextFlow) f).getTextAlignment())
                        .findFirst().orElseThrow()).toList();
        assertThat(alignments).isNotEmpty().containsOnly(javafx.scene.text.TextAlignment.RIGHT);

        Path dir = window.dir;
        window.close();
        window = EditorWindow.reopen(dir, FxDialogs::new);
        ComboBox<String> combo = window.robot.lookup("#working-language").query();
        assertThat(combo.getValue()).isEqualTo("ar");
        assertThat(window.robot.lookup("#translation-editor").query().isVisible()).isTrue();
    }
}
