package org.clausewright.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewright.model.CoverageState;
import org.clausewright.ui.coverage.CoverageItem;
import org.clausewright.ui.coverage.CoverageRow;
import org.clausewright.ui.coverage.FrameworkChoice;
import org.clausewright.ui.editor.ElementChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's coverage of the Tianjin Guidelines in the real window: an address made in the Details form closes a
 * gap in the coverage window and the status bar, undo opens it again; a double-click on a clause opens it; the
 * framework is removed and added back from the library in Project ▸ Frameworks….
 */
class CoverageScenarioTest {
    private static final String TIANJIN = "tianjin-2021";
    @TempDir
    Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp, (m, owner) -> dialogs);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void anAddressMadeInTheDetailsClosesAGapInTheCoverageWindowAndTheStatusBarAndUndoOpensItAgain() throws Exception {
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        menu("menu-coverage");
        window.waitFor(10, () -> stage("Coverage of") != null);
        Stage coverage = stage("Coverage of");
        assertThat(coverage.getOwner()).isSameAs(window.stage());
        String framework = ((ComboBox<FrameworkChoice>) coverage.getScene().lookup("#coverage-framework"))
                .getValue().title();
        TreeView<CoverageItem> tree = (TreeView<CoverageItem>) coverage.getScene().lookup("#coverage-tree");
        List<CoverageRow> gaps = elements(tree, CoverageState.GAP);
        assertThat(gaps).as("the sample leaves an element of the Tianjin Guidelines unaddressed").isNotEmpty();
        Hyperlink statusGaps = window.robot.lookup("#status-gaps").query();
        assertThat(statusGaps.getText()).isEqualTo(gapLine(gaps.size(), framework));
        CoverageRow gap = gaps.get(0);
        // the gap says so in a word, not by colour alone
        window.robot.interact(() -> tree.scrollTo(tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().element() == gap).map(tree::getRow).findFirst().orElseThrow()));
        window.waitFor(5, () -> !coverage.getScene().getRoot().lookupAll(".coverage-gap").isEmpty());
        assertThat(coverage.getScene().getRoot().lookupAll(".coverage-gap"))
                .allSatisfy(n -> assertThat(((Label) n).getText()).isEqualTo("gap"));

        ComboBox<ElementChoice> element = window.robot.lookup("#clause-address-element").query();
        window.robot.interact(() -> element.setValue(element.getItems().stream()
                .filter(c -> c.framework().equals(TIANJIN) && c.element().equals(gap.elementId()))
                .findFirst().orElseThrow()));
        assertThat(((Label) window.robot.lookup("#clause-address-help").query()).getText()).endsWith("\n" + gap.summary());
        // the member goes back to the main window, the coverage window open beside it
        window.robot.interact(() -> window.stage().toFront());
        window.robot.clickOn("#clause-address-add");
        window.waitFor(5, () -> state(tree, gap.elementId()) == CoverageState.COVERED);

        assertThat(row(tree, gap.elementId()).clauses()).anySatisfy(c -> assertThat(c.number()).isEqualTo("1.1"));
        assertThat(statusGaps.isVisible()).isEqualTo(gaps.size() > 1);
        if (gaps.size() > 1) {
            assertThat(statusGaps.getText()).isEqualTo(gapLine(gaps.size() - 1, framework));
        }
        assertThat(undoItem().getText()).isEqualTo("Undo Address framework element");

        window.robot.interact(() -> undoItem().fire());
        window.waitFor(5, () -> state(tree, gap.elementId()) == CoverageState.GAP);
        assertThat(statusGaps.isVisible()).isTrue();
        assertThat(statusGaps.getText()).isEqualTo(gapLine(gaps.size(), framework));
    }

    @Test
    void doubleClickingAClauseInTheCoverageWindowOpensItInTheEditor() throws Exception {
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        menu("menu-coverage");
        window.waitFor(10, () -> stage("Coverage of") != null);
        Stage coverage = stage("Coverage of");
        TreeCell<?> cell = coverage.getScene().getRoot().lookupAll(".coverage-clause").stream()
                .map(n -> (TreeCell<?>) n).filter(c -> c.getItem() instanceof CoverageItem i
                        && !i.clause().number().equals("1.1"))
                .findFirst().orElseThrow();
        String number = ((CoverageItem) cell.getItem()).clause().number();

        window.robot.doubleClickOn(cell);
        window.waitFor(5, () -> number.equals(((Label) window.robot.lookup("#clause-number").query()).getText()));

        assertThat(window.outline().getSelectionModel().getSelectedItem().getValue().number()).isEqualTo(number);
    }

    @Test
    void theFrameworkIsRemovedWithAWarningNamingItsClausesAndAddedBackFromTheLibrary() throws Exception {
        menu("menu-frameworks");
        window.waitFor(10, () -> stage("Frameworks") != null);
        Stage frameworks = stage("Frameworks");
        ListView<FrameworkChoice> ours = (ListView<FrameworkChoice>) frameworks.getScene().lookup("#frameworks-project");
        ListView<FrameworkChoice> library = (ListView<FrameworkChoice>) frameworks.getScene()
                .lookup("#frameworks-library");
        window.robot.interact(() -> ours.getSelectionModel().select(ours.getItems().stream()
                .filter(f -> f.id().equals(TIANJIN)).findFirst().orElseThrow()));
        window.robot.clickOn(frameworks.getScene().lookup("#frameworks-remove"));

        assertThat(dialogs.confirmations).singleElement().asString().contains("1.1 ")
                .contains("Undo brings it back.");
        window.waitFor(10, () -> library.getItems().stream().anyMatch(f -> f.id().equals(TIANJIN)));
        assertThat(ours.getItems()).noneMatch(f -> f.id().equals(TIANJIN));
        assertThat(window.robot.lookup("#status-gaps").query().isVisible()).isFalse();

        window.robot.interact(() -> library.getSelectionModel().select(library.getItems().stream()
                .filter(f -> f.id().equals(TIANJIN)).findFirst().orElseThrow()));
        window.robot.clickOn(frameworks.getScene().lookup("#frameworks-add"));
        window.waitFor(5, () -> ours.getItems().stream().anyMatch(f -> f.id().equals(TIANJIN)));

        assertThat(ours.getItems()).filteredOn(f -> f.id().equals(TIANJIN)).singleElement()
                .satisfies(f -> assertThat(f.title()).endsWith("(10 elements)"));
        assertThat(ours.getSelectionModel().getSelectedItem()).as("the framework just added is selected")
                .isNotNull().extracting(FrameworkChoice::id).isEqualTo(TIANJIN);
        assertThat(ours.isFocused()).isTrue();
        assertThat(window.robot.lookup("#status-gaps").query().isVisible()).isTrue();
        assertThat(undoItem().getText()).isEqualTo("Undo Add framework");
    }

    private static String gapLine(int count, String framework) {
        return count + " " + framework + (count == 1 ? " element" : " elements") + " not addressed";
    }

    private void menu(String id) {
        window.robot.interact(() -> menuItem(id).fire());
    }

    private MenuItem undoItem() {
        return menuItem("menu-undo");
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static Stage stage(String titleStart) {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .filter(w -> ((Stage) w).getTitle() != null && ((Stage) w).getTitle().startsWith(titleStart))
                .findFirst().orElse(null);
    }

    private static List<CoverageRow> elements(TreeView<CoverageItem> tree, CoverageState state) {
        return tree.getRoot().getChildren().stream().map(i -> i.getValue().element())
                .filter(r -> r.state() == state).toList();
    }

    private static CoverageRow row(TreeView<CoverageItem> tree, String elementId) {
        return tree.getRoot().getChildren().stream().map(i -> i.getValue().element())
                .filter(r -> r.elementId().equals(elementId)).findFirst().orElseThrow();
    }

    private static CoverageState state(TreeView<CoverageItem> tree, String elementId) {
        return row(tree, elementId).state();
    }
}
