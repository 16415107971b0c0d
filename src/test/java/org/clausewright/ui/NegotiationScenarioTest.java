package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.clausewright.model.BracketOption;
import org.clausewright.model.Clause;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Delegation;
import org.clausewright.model.Meeting;
import org.clausewright.ui.negotiation.AttributionForm;
import org.clausewright.ui.negotiation.CleaningForm;
import org.clausewright.ui.negotiation.DecisionForm;
import org.clausewright.ui.negotiation.Parties;
import org.clausewright.ui.outline.OutlineRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Negotiating a clause in the real window (headless): bracket, option, attribution, cleaning, decision, undo. */
class NegotiationScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private Clause clause() {
        ProjectViewModel doc = window.controller().document();
        return doc.project().clause(doc.selectedClauseIdProperty().get()).orElseThrow();
    }

    private void click(String id) {
        Button button = window.robot.lookup(id).query();
        window.robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openClause(String number) {
        TreeItem<OutlineRow> item = window.clauseItem(number);
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    @Test
    void bracketAttributeCleanAndDecideEachUndone() throws Exception {
        window = EditorWindow.open(temp, (m, owner) -> dialogs);
        // the sample's own delegations and meetings, and two more
        var info = window.controller().document().project().info();
        List<Delegation> delegations = new java.util.ArrayList<>(info.delegations());
        delegations.addAll(List.of(new Delegation("nor", "Norway", "NOR", "WEOG"),
                new Delegation("chn", "China", "CHN", "")));
        List<Meeting> meetings = new java.util.ArrayList<>(info.meetings());
        meetings.add(new Meeting("m-4", "Fourth meeting", LocalDate.of(2026, 3, 12), "Geneva"));
        dialogs.parties.add(new Parties(delegations, meetings, info.members()));
        window.robot.interact(() -> menuItem("menu-parties").fire());
        openClause("3.2.1");
        StyleClassedTextArea text = window.robot.lookup("#clause-text").query();
        int at = text.getText().indexOf("promptly");
        window.robot.interact(() -> {
            text.requestFocus();
            text.selectRange(at, at + "promptly".length());
        });
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clause().text()).contains("concern [promptly] to");
        String promptly = clause().brackets().stream().filter(b -> b.optionTexts().equals(List.of("promptly")))
                .findFirst().orElseThrow().id();
        assertThat(window.robot.lookup("#bracket-" + promptly).tryQuery()).isPresent();

        dialogs.texts.add("without delay");
        click("#bracket-add-option-" + promptly);
        assertThat(clause().text()).contains("concern [promptly][without delay] to");

        dialogs.attributions.add(new AttributionForm(1, "chn", BracketOption.Stance.PROPOSES));
        click("#bracket-attribute-" + promptly + "-1");
        Node card = window.robot.lookup("#bracket-" + promptly).query();
        assertThat(window.robot.from(card).lookup(".chip-proposed").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("CHN");

        ClauseStatus before = clause().status();
        dialogs.decisions.add(new DecisionForm(ClauseStatus.AGREED, "m-4", "nor", ""));
        click("#clause-decide");
        assertThat(dialogs.errors).singleElement().asString().startsWith("The decision was not recorded")
                .contains(promptly + " [promptly / without delay]");
        assertThat(clause().status()).isEqualTo(before);

        String other = clause().brackets().stream().filter(b -> b.isOpen() && !b.id().equals(promptly))
                .findFirst().orElseThrow().id();
        dialogs.cleanings.add(new CleaningForm(1, "m-4", ""));
        click("#bracket-clean-" + promptly);
        dialogs.cleanings.add(new CleaningForm(0, "m-4", ""));
        click("#bracket-clean-" + other);
        assertThat(clause().text()).contains("concern without delay to the institutional biosafety committee.");

        dialogs.decisions.add(new DecisionForm(ClauseStatus.AGREED, "m-4", "nor", "Plenary"));
        click("#clause-decide");
        assertThat(clause().status()).isEqualTo(ClauseStatus.AGREED);
        Label status = window.robot.lookup("#clause-status").query();
        assertThat(status.getText()).isEqualTo("agreed");

        window.robot.interact(text::requestFocus);
        // decision, two cleanings, attribution, option, bracket
        for (int k = 0; k < 6; k++) {
            window.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            if (k == 0) {
                assertThat(status.getText()).isEqualTo(window.controller().document().messages()
                        .get("status." + before.key()));
            }
        }
        assertThat(clause().text()).contains("concern promptly to [the institutional biosafety committee]");
    }

    @Test
    void theDelegationsDialogAddsADelegationWhoseIdComesFromItsShortName() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
        List<Delegation> before = window.controller().document().project().info().delegations();
        MenuItem parties = menuItem("menu-parties");
        Platform.runLater(parties::fire);
        window.waitFor(10, () -> window.robot.lookup("#parties-delegation-add").tryQuery().isPresent());
        window.robot.interact(() -> ((Button) window.robot.lookup("#parties-delegation-add").query()).fire());
        TextField name = window.robot.lookup("#parties-delegation-name").query();
        TextField shortName = window.robot.lookup("#parties-delegation-short").query();
        window.robot.interact(() -> {
            name.setText("Kingdom of Norway");
            shortName.setText("NOR");
        });
        Label id = window.robot.lookup("#parties-delegation-id").query();
        assertThat(id.getText()).isEqualTo("Id: nor");
        window.robot.interact(() -> ((Button) window.robot.lookup(".dialog-pane .button")
                .match(n -> ((Button) n).isDefaultButton()).query()).fire());
        window.waitFor(10, () -> window.robot.lookup("#parties-delegation-add").tryQuery().isEmpty());
        ProjectViewModel doc = window.controller().document();
        assertThat(doc.project().info().delegations()).hasSize(before.size() + 1).endsWith(
                new Delegation("nor", "Kingdom of Norway", "NOR", ""));
        window.robot.interact(doc::undo);
        assertThat(doc.project().info().delegations()).isEqualTo(before);
    }

    @Test
    void colourByStatusColoursTheRowsAndIsOnlyAView() throws Exception {
        window = EditorWindow.open(temp, (m, owner) -> dialogs);
        CheckMenuItem colours = (CheckMenuItem) menuItem("menu-colour-by-status");
        window.robot.interact(() -> {
            colours.setSelected(true);
            colours.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.robot.lookup(".tree-cell").<Node>queryAll()).anyMatch(n -> n.getPseudoClassStates().stream()
                .anyMatch(c -> c.getPseudoClassName().startsWith("status-colour-")));
        assertThat(window.controller().document().canUndoProperty().get()).isFalse();
    }
}
