package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Brackets panel on a laptop screen: the sample's bracket in clause 1.2.2 (two options, their delegations, a
 * note, the actions) is seen whole without scrolling the panel, and the Details are not drawn over it. At
 * 1440 × 900 the Details below squeezed the panel to a sliver that showed the card's title alone.
 */
class BracketsRoomTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"en, 1440, 900", "ar, 1440, 900", "fr, 1280, 800", "ar, 1280, 800"})
    void aBracketCardIsSeenWholeInThePanel(String language, int width, int height) throws Exception {
        window = EditorWindow.openIn(temp, language);
        window.robot.interact(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
            window.outline().getSelectionModel().select(window.clauseItem("1.2.2"));
        });
        window.waitFor(10, () -> window.robot.lookup("#bracket-b-24d95e78").tryQuery().isPresent());
        window.waitFor(5, () -> true);
        TitledPane pane = window.robot.lookup("#clause-brackets").queryAs(TitledPane.class);
        Node card = window.robot.lookup("#bracket-b-24d95e78").query();
        window.robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) pane.getContent();
            assertThat(card.getLayoutBounds().getHeight()).as("the card's height against the panel's room in %s at %d"
                    + " × %d", language, width, height).isLessThanOrEqualTo(scroll.getViewportBounds().getHeight() + 0.5);
            assertThat(window.robot.lookup("#bracket-clean-b-24d95e78").query().isVisible()).isTrue();
            // and nothing is drawn over it: the panel below starts where the cards' room ends
            Node details = window.robot.lookup("#clause-details").query();
            assertThat(scroll.localToScene(scroll.getLayoutBounds()).getMaxY())
                    .isLessThanOrEqualTo(pane.localToScene(pane.getLayoutBounds()).getMaxY() + 0.5)
                    .isLessThanOrEqualTo(details.localToScene(details.getLayoutBounds()).getMinY() + 0.5);
        });
    }
}
