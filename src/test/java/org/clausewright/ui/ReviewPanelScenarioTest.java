package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.clausewright.ui.outline.OutlineRow;
import org.clausewright.ui.review.ThreadRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Review panel in the real window: where a new thread lands, replying, re-attaching, the cards. */
class ReviewPanelScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
        TreeItem<OutlineRow> item = window.clauseItem("1.1");
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private ListView<ThreadRow> threads() {
        return window.robot.lookup("#review-threads").query();
    }

    private StyleClassedTextArea text() {
        return window.robot.lookup("#clause-text").query();
    }

    private void comment(String note) {
        TextArea field = window.robot.lookup("#review-note").query();
        window.robot.interact(() -> field.setText(note));
        window.robot.clickOn("#review-add");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectWords(String words) {
        window.robot.interact(() -> {
            int start = text().getText().indexOf(words);
            text().selectRange(start, start + words.length());
        });
    }

    /** The card showing the thread, if its cell is on screen inside the list. */
    private Node shownCard(String threadId) {
        ListView<ThreadRow> list = threads();
        Bounds view = list.localToScene(list.getLayoutBounds());
        java.util.Optional<ListCell<ThreadRow>> cell = window.robot.lookup("#review-threads .list-cell")
                .match((ListCell<ThreadRow> c) -> c.isVisible() && c.getItem() != null
                        && c.getItem().id().equals(threadId)).tryQuery();
        return cell.map(c -> c.getGraphic()).filter(card -> {
                    Bounds b = card.localToScene(card.getLayoutBounds());
                    return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                }).orElse(null);
    }

    @Test
    void aNewCommentIsSelectedAndScrolledIntoView() {
        for (int i = 1; i <= 8; i++) {
            selectWords("human life");
            comment("Comment number " + i + ": a note long enough to take a few lines of the narrow panel.");
        }
        ListView<ThreadRow> list = threads();
        assertThat(list.getItems()).hasSize(8);
        ThreadRow last = list.getItems().get(7);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(last);
        assertThat(shownCard(last.id())).as("the new comment's card, fully in the list's view").isNotNull();

        // a reply to the first thread brings that one back into view
        String firstId = list.getItems().get(0).id();
        window.robot.interact(() -> list.getSelectionModel().select(0));
        window.robot.interact(() -> list.scrollTo(7));
        window.robot.clickOn("#review-reply");
        TextArea note = window.robot.lookup("#note-text").query();
        window.robot.clickOn(note).write("Yes.");
        window.robot.clickOn(window.robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton())
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(firstId);
        assertThat(shownCard(firstId)).isNotNull();
    }

    @Test
    void theReplyDialogShowsTheThreadAndTakesSeveralLines() {
        selectWords("human life");
        comment("Too narrow: animals too.");
        window.robot.interact(() -> threads().getSelectionModel().select(0));

        window.robot.clickOn("#review-reply");
        String thread = window.robot.lookup("#note-context .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(thread).startsWith("Comment · Test Member").contains("Too narrow: animals too.")
                .contains("“human life”");
        window.robot.clickOn("#note-text").write("First point.");
        window.robot.type(KeyCode.ENTER);
        window.robot.write("Second point.");
        window.robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.robot.lookup("#note-text").tryQuery()).isEmpty();
        assertThat(threads().getItems().get(0).thread().replies()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("First point.\nSecond point."));
    }

    @Test
    void reattachIsOfferedOnlyForADetachedThread() {
        selectWords("human life");
        comment("Define it?");
        window.robot.interact(() -> threads().getSelectionModel().select(0));
        Button reattach = window.robot.lookup("#review-reattach").queryButton();
        assertThat(reattach.isDisabled()).as("re-attach for a thread on its words").isTrue();

        window.robot.interact(() -> text().replaceText("Entirely new wording for this clause."));
        WaitForAsyncUtils.waitForFxEvents();
        window.robot.interact(() -> threads().getSelectionModel().select(0));
        assertThat(threads().getItems().get(0).thread().detached()).isTrue();
        assertThat(reattach.isDisabled()).as("re-attach for a detached thread").isFalse();
        selectWords("new wording");
        window.robot.clickOn(reattach);
        assertThat(threads().getItems().get(0).thread().anchor().quote()).isEqualTo("new wording");
        assertThat(reattach.isDisabled()).isTrue();
    }

    @Test
    void cardsAreFramedAndSpacedInBothThemes() {
        selectWords("human life");
        comment("One.");
        selectWords("dignity");
        comment("Two.");
        assertCardsApart();
        // the theme as the View menu applies it, without saving it in the settings other tests read
        javafx.scene.Scene scene = window.stage().getScene();
        try {
            window.robot.interact(() -> Themes.apply("dark", scene));
            WaitForAsyncUtils.waitForFxEvents();
            assertCardsApart();
        } finally {
            window.robot.interact(() -> Themes.apply("light", scene));
        }
    }

    private void assertCardsApart() {
        List<ThreadRow> rows = threads().getItems();
        Region first = (Region) shownCard(rows.get(0).id());
        Region second = (Region) shownCard(rows.get(1).id());
        Bounds a = first.localToScene(first.getLayoutBounds());
        Bounds b = second.localToScene(second.getLayoutBounds());
        assertThat(b.getMinY() - a.getMaxY()).as("space between two cards").isGreaterThanOrEqualTo(4);
        assertThat(first.getBorder()).as("a card's frame").isNotNull();
        assertThat(first.getBorder().getStrokes()).isNotEmpty();
        var card = first.getBackground().getFills().get(0).getFill();
        var list = threads().getBackground().getFills().get(0).getFill();
        assertThat(card).as("a card stands out from the list behind it").isNotEqualTo(list);
    }
}
