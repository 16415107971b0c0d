package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import org.clausewright.app.ProjectTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ New project from template… in the real window: the four fields, each said in the member's language. */
class NewFromTemplateScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private void chooseNewFromTemplate() throws Exception {
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-new-from-template".equals(i.getId())).findFirst().orElseThrow();
        // fired later: the dialog waits for the member, and the robot must be free to answer it
        Platform.runLater(item::fire);
        window.waitFor(10, () -> window.robot.lookup("#template-list").tryQuery().isPresent());
    }

    private List<String> shown(String styleClass) {
        return window.robot.lookup("#template-list ." + styleClass).queryAll().stream()
                .map(n -> ((Label) n).getText()).filter(t -> !t.isEmpty()).toList();
    }

    /** A line cut short ends in "…" in the label's text node, while the label keeps the whole line. */
    private void assertEachLineReadsInFull() {
        List<Label> lines = window.robot.lookup("#template-list .template-purpose").queryAllAs(Label.class).stream()
                .filter(l -> !l.getText().isEmpty()).toList();
        assertThat(lines).hasSize(4).allSatisfy(l ->
                assertThat(((Text) l.lookup(".text")).getText()).as("shown").isEqualTo(l.getText()));
    }

    @Test
    void chooseTheSpaceTemplateAndTheWindowOpensItsStarterDraft() throws Exception {
        Path target = temp.resolve("space-code");
        window = EditorWindow.open(temp, (m, owner) -> new ChosenFileDialogs(m, owner, target));
        chooseNewFromTemplate();

        ListView<ProjectTemplate> list = window.robot.lookup("#template-list").query();
        assertThat(list.getItems()).extracting(ProjectTemplate::id).containsExactly("biology", "ai", "cyber", "space");
        assertThat(shown("template-name"))
                .containsExactly("Life sciences", "Artificial intelligence", "Cybersecurity and computing", "Outer space");
        assertThat(shown("template-purpose")).hasSize(4)
                .anyMatch(p -> p.contains("Tianjin Biosecurity Guidelines"))
                .anyMatch(p -> p.contains("Long-term Sustainability of Outer Space Activities"));
        assertEachLineReadsInFull();

        window.robot.clickOn("Outer space");
        window.robot.clickOn(window.robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton())
                .queryButton());
        window.waitFor(30, () -> window.stage().getTitle().contains("Space Activities"));

        assertThat(Files.isDirectory(target.resolve(".git"))).isTrue();
        assertThat(window.stage().getTitle())
                .contains("Code of Conduct for Researchers and Engineers in Space Activities");
        assertThat(window.clauseItem("1.1").getValue().title()).isEqualTo("Authorization and supervision");
    }

    @Test
    void inFrenchEachTemplateSaysWhomItIsForAndCancelMakesNothing() throws Exception {
        window = EditorWindow.openIn(temp, "fr");
        chooseNewFromTemplate();

        assertThat(shown("template-name")).containsExactly("Sciences de la vie", "Intelligence artificielle",
                "Cybersécurité et informatique", "Espace extra-atmosphérique");
        assertThat(shown("template-purpose")).anyMatch(p -> p.startsWith("Pour les chercheurs et ingénieurs en "
                + "intelligence artificielle"));
        assertEachLineReadsInFull();
        Button cancel = window.robot.lookup(".dialog-pane .button").match((Button b) -> b.isCancelButton())
                .queryButton();
        assertThat(cancel.getText()).isEqualTo("Annuler");
        window.robot.clickOn(cancel);
        window.waitFor(5, () -> window.robot.lookup("#template-list").tryQuery().isEmpty());
        try (var entries = Files.list(temp)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("model-code");
        }
    }
}
