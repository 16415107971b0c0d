package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.history.Version;
import org.clausewright.ui.history.ChangeRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing two versions from the History tab, in the real window. */
class CompareScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theComparisonOpensInAWindowOfItsOwnWithEveryLineWrappedAndTheMovesInWords() throws Exception {
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() >= 4);
        Version oldest = versions.getItems().get(versions.getItems().size() - 1);
        Version newest = versions.getItems().get(0);
        window.robot.interact(() -> {
            versions.getSelectionModel().clearSelection();
            versions.getSelectionModel().selectIndices(0, versions.getItems().size() - 1);
        });
        double tabWidth = versions.getWidth();

        window.robot.clickOn("#history-compare");
        window.waitFor(15, () -> compareStage() != null);

        Stage compare = compareStage();
        assertThat(compare.getTitle()).isEqualTo("Compare: From “" + oldest.label() + "” to “" + newest.label() + "”");
        assertThat(compare.getOwner()).isSameAs(window.stage());
        ListView<ChangeRow> changes = (ListView<ChangeRow>) compare.getScene().lookup("#compare-changes");
        window.waitFor(15, () -> !changes.getItems().isEmpty());
        assertThat(changes.getWidth()).as("room for the changed words").isGreaterThan(tabWidth * 1.5);
        assertThat(((Label) compare.getScene().lookup("#compare-title")).getText())
                .isEqualTo("From “" + oldest.label() + "” to “" + newest.label() + "”");
        assertThat(changes.getItems()).extracting(ChangeRow::what).anyMatch(w -> w.startsWith("added as "))
                .anyMatch(w -> w.startsWith("moved from ")).noneMatch(w -> w.contains("→"));

        // no card reaches past the list's right edge: every line wraps inside it
        Bounds list = changes.localToScene(changes.getLayoutBounds());
        List<Node> cards = changes.lookupAll(".list-cell").stream()
                .filter(n -> n.isVisible() && ((ListCell<?>) n).getItem() != null)
                .map(n -> ((ListCell<?>) n).getGraphic()).toList();
        assertThat(cards).isNotEmpty();
        for (Node card : cards) {
            assertThat(card.localToScene(card.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(list.getMaxX());
            for (Node child : ((javafx.scene.Parent) card).getChildrenUnmodifiable()) {
                assertThat(child.getLayoutBounds().getWidth()).isLessThanOrEqualTo(changes.getWidth());
            }
        }
    }

    @Test
    void closeOrEscapeClosesTheComparison() throws Exception {
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() >= 4);
        window.robot.interact(() -> versions.getSelectionModel().select(1));
        window.robot.clickOn("#history-compare");
        window.waitFor(15, () -> compareStage() != null);
        window.robot.clickOn(window.robot.lookup("#compare-close").queryButton());
        window.waitFor(5, () -> compareStage() == null);

        window.robot.clickOn("#history-compare");
        window.waitFor(15, () -> compareStage() != null);
        window.robot.clickOn(compareStage().getScene().lookup("#compare-title"));
        window.robot.type(javafx.scene.input.KeyCode.ESCAPE);
        window.waitFor(5, () -> compareStage() == null);
    }

    @Test
    void theComparisonIsOfTheLanguageVersionWorkedOnAndTheWindowSwitchesLanguage() throws Exception {
        javafx.scene.control.ComboBox<String> working = window.robot.lookup("#working-language").query();
        window.robot.interact(() -> working.setValue("fr"));
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        org.fxmisc.richtext.StyleClassedTextArea french = window.robot.lookup("#translation-text").query();
        window.robot.interact(() -> french.appendText(" Toujours."));
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() >= 4);
        window.robot.interact(() -> versions.getSelectionModel().select(0));
        window.robot.clickOn("#history-compare");
        window.waitFor(15, () -> compareStage() != null);

        Stage compare = compareStage();
        ListView<ChangeRow> changes = (ListView<ChangeRow>) compare.getScene().lookup("#compare-changes");
        javafx.scene.control.ComboBox<String> language =
                (javafx.scene.control.ComboBox<String>) compare.getScene().lookup("#compare-language");
        assertThat(language.getValue()).isEqualTo("fr");
        window.waitFor(15, () -> changes.getItems().size() == 1);
        ChangeRow row = changes.getItems().get(0);
        assertThat(row.title()).contains("Respect de la vie et de la dignité humaine");
        assertThat(row.text()).anyMatch(s -> s.kind() == org.clausewright.diff.DiffSegment.Kind.INSERTED
                && s.text().contains("Toujours."));

        window.robot.interact(() -> language.setValue(""));
        window.waitFor(15, () -> changes.getItems().isEmpty());
        assertThat(language.getConverter().toString("")).isEqualTo("Source (English)");
        window.robot.interact(() -> language.setValue("fr"));
        window.waitFor(15, () -> changes.getItems().size() == 1);
    }

    private Stage compareStage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Compare")).findFirst().orElse(null);
    }
}
