package org.clausewright.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.clausewright.ui.review.ThreadRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the Arabic window the members' English words read left to right, each line in its own direction: the sample's
 * suggestion on 3.2.1 quotes two bracketed options, "[the institutional biosafety committee][the competent national
 * authority]", which the reply dialog drew the other way round, and its English replies had their closing "?'" drawn
 * at the start of the line. The window's own words around them (the card's header) stay right to left.
 */
class OwnWordsDirectionTest {
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
    void englishWordsReadLeftToRightInTheArabicReviewPanelAndReplyDialog() throws Exception {
        window = EditorWindow.openIn(temp, "ar").atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("3.2.1")));
        ListView<ThreadRow> threads = window.robot.lookup("#review-threads").query();
        window.waitFor(5, () -> threads.getItems().stream().anyMatch(r -> r.quote().contains("[the institutional")));
        window.robot.interact(() -> threads.getSelectionModel().select(threads.getItems().stream()
                .filter(r -> r.quote().contains("[the institutional")).findFirst().orElseThrow()));
        window.waitFor(5, () -> !cardLabels(threads).isEmpty());

        List<Label> card = cardLabels(threads);
        Label reply = card.stream().filter(l -> l.getText().contains("Chen Xiaoling")).findFirst().orElseThrow();
        assertThat(reply.getEffectiveNodeOrientation()).as("an English reply").isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(card.get(0).getEffectiveNodeOrientation()).as("the card's header, in the window's words")
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        window.robot.clickOn("#review-reply");
        window.waitFor(10, () -> window.robot.lookup("#note-context").tryQuery().isPresent());
        Node context = window.robot.lookup("#note-context").query();
        DrawnText.Span[] options = Room.laidOut(context, () -> new DrawnText.Span[] {
                DrawnText.of(context, "institutional").orElseThrow(), DrawnText.of(context, "competent").orElseThrow()});
        boolean sameLine = Math.abs(options[0].middle() - options[1].middle()) < 2;
        assertThat(sameLine ? options[0].isLeftOf(options[1]) : options[0].middle() < options[1].middle())
                .as("the first option before the second, as quoted: %s", java.util.Arrays.toString(options)).isTrue();
        DialogPane pane = window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        window.robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }

    /** The labels of the picked thread's card, top down. */
    private List<Label> cardLabels(ListView<ThreadRow> threads) throws Exception {
        return Room.laidOut(threads, () -> threads.lookupAll(".list-cell").stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).isSelected())
                .flatMap(c -> c.lookupAll(".label").stream()).map(n -> (Label) n)
                .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList());
    }
}
