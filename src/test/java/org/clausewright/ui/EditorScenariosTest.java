package org.clausewright.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.clausewright.app.ProjectSession;
import org.clausewright.history.Version;
import org.clausewright.ui.history.ChangeRow;
import org.clausewright.ui.outline.OutlineRow;
import org.clausewright.ui.review.ThreadRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The committee's main scenarios, driven through the real window (headless Monocle). */
class EditorScenariosTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        window = EditorWindow.open(temp);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private StyleClassedTextArea text() {
        return window.robot.lookup("#clause-text").query();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private void selectClause(String number) {
        TreeItem<OutlineRow> item = window.clauseItem(number);
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
    }

    /** What the folder holds once autosave has run. */
    private String savedText(String clauseId) throws Exception {
        window.waitFor(10, () -> Files.readString(window.dir.resolve("clauses/" + clauseId + ".json"))
                .contains("\"text\""));
        return Files.readString(window.dir.resolve("clauses/" + clauseId + ".json"));
    }

    @Test
    void createAClauseEditItsTextThenUndoAndRedo() throws Exception {
        selectClause("1.1");
        window.robot.interact(() -> window.outline().requestFocus());
        window.robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        OutlineRow added = window.outline().getSelectionModel().getSelectedItem().getValue();
        assertThat(added.title()).isEqualTo("New clause");
        assertThat(added.number()).isEqualTo("1.2");
        assertThat(window.clauseItem("1.4")).isNotNull();

        window.robot.clickOn("#clause-text").write("Scientists shall report.");
        assertThat(text().getText()).isEqualTo("Scientists shall report.");
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Typing");
        window.waitFor(10, () -> Files.exists(window.dir.resolve("clauses/" + added.id() + ".json"))
                && Files.readString(window.dir.resolve("clauses/" + added.id() + ".json")).contains("shall report."));

        window.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text().getText()).isEmpty();
        assertThat(menuItem("menu-redo").getText()).isEqualTo("Redo Typing");
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text().getText()).isEqualTo("Scientists shall report.");
    }

    @Test
    void moveAClauseByDragAndDrop() throws Exception {
        String moved = window.clauseItem("1.1").getValue().id();
        String target = window.clauseItem("1.3").getValue().id();
        var from = window.robot.lookup(".tree-cell").lookup((javafx.scene.control.TreeCell<OutlineRow> c) ->
                c.getItem() != null && c.getItem().id().equals(moved)).query();
        var to = window.robot.lookup(".tree-cell").lookup((javafx.scene.control.TreeCell<OutlineRow> c) ->
                c.getItem() != null && c.getItem().id().equals(target)).query();
        javafx.geometry.Bounds b = to.localToScreen(to.getBoundsInLocal());
        window.robot.drag(from).moveTo(new javafx.geometry.Point2D(b.getMinX() + 40, b.getMaxY() - 3)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.clauseItem("1.3").getValue().id()).isEqualTo(moved);
        assertThat(window.clauseItem("1.2").getValue().id()).isEqualTo(target);
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Move clause");
    }

    @Test
    void moveASectionUpWithTheKeyboard() {
        String first = window.clauseItem("1.2.1").getValue().id();
        TreeItem<OutlineRow> section = window.clauseItem("1.2.1").getParent();
        window.robot.interact(() -> {
            window.outline().getSelectionModel().select(section);
            window.outline().requestFocus();
        });
        window.robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.clauseItem("1.1.1").getValue().id()).isEqualTo(first);
        assertThat(window.outline().getSelectionModel().getSelectedItem().getValue().number()).isEqualTo("1.1");
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Move section");
    }

    @Test
    void theDetailsShowCategoryAndSourcesByName() {
        selectClause("1.1");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<org.clausewright.ui.editor.Choice> category =
                window.robot.lookup("#clause-category").query();
        org.controlsfx.control.CheckComboBox<org.clausewright.ui.editor.Choice> sources =
                window.robot.lookup("#clause-sources").query();
        assertThat(category.getValue().label()).isEqualTo("Ethical standards");
        assertThat(sources.getCheckModel().getCheckedItems()).extracting(org.clausewright.ui.editor.Choice::id)
                .containsExactly("tianjin-2021", "iap-2005");
        // A long list of source titles must not squeeze the status and tags to nothing (it did).
        javafx.scene.control.Label status = window.robot.lookup("#clause-status").query();
        javafx.scene.layout.Region tags = window.robot.lookup("#clause-tags").query();
        // the status is a label now (a decision changes it): it reads in full
        assertThat(status.getWidth()).isGreaterThanOrEqualTo(status.prefWidth(-1) - 0.5);
        assertThat(tags.getWidth()).isGreaterThanOrEqualTo(100);
        window.robot.interact(() -> category.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Edit clause details");
        window.robot.interact(() -> sources.getCheckModel().check(0)); // already ticked: no change
        window.robot.interact(() -> sources.getCheckModel().clearCheck(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sources.getCheckModel().getCheckedItems()).extracting(org.clausewright.ui.editor.Choice::id)
                .containsExactly("iap-2005");
    }

    @Test
    void searchTheLibraryAndDragALibraryClauseIntoTheDraft() {
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(1));
        window.robot.clickOn("#library-search").write("option B national reporting");
        javafx.scene.control.TableView<org.clausewright.ui.library.LibraryRow> table =
                window.robot.lookup("#library-table").query();
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.inDraft()).isFalse());
        String id = table.getItems().get(0).clauseId();
        var row = window.robot.lookup(".table-row-cell").lookup((javafx.scene.control.TableRow<?> r) ->
                r.getItem() != null).query();
        String target = window.clauseItem("1.1").getValue().id();
        window.robot.drag(row).moveTo("#tab-outline-title");
        WaitForAsyncUtils.waitForFxEvents();
        var to = window.robot.lookup(".tree-cell").lookup((javafx.scene.control.TreeCell<OutlineRow> c) ->
                c.getItem() != null && c.getItem().id().equals(target)).query();
        javafx.geometry.Bounds b = to.localToScreen(to.getBoundsInLocal());
        window.robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 40, b.getMaxY() - 3)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.clauseItem("1.2").getValue().id()).isEqualTo(id);
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Move clause");
    }

    @Test
    void commentOnSelectedWordsThenResolveIt() throws Exception {
        selectClause("1.1");
        String words = "human life";
        window.robot.interact(() -> {
            int start = text().getText().indexOf(words);
            text().selectRange(start, start + words.length());
        });
        window.robot.clickOn("#review-note").write("Which lives?");
        window.robot.clickOn("#review-add");
        ListView<ThreadRow> threads = window.robot.lookup("#review-threads").query();
        assertThat(threads.getItems()).singleElement().satisfies(r -> {
            assertThat(r.quote()).isEqualTo("“human life”");
            assertThat(r.thread().author()).isEqualTo("Test Member");
        });
        TextArea note = window.robot.lookup("#review-note").query();
        assertThat(note.getText()).isEmpty();
        String clauseId = window.clauseItem("1.1").getValue().id();
        // saved on its own a moment later, without any other edit
        window.waitFor(10, () -> Files.exists(window.dir.resolve("annotations/" + clauseId + ".json"))
                && Files.readString(window.dir.resolve("annotations/" + clauseId + ".json")).contains("Which lives?"));

        window.robot.interact(() -> threads.getSelectionModel().select(0));
        window.robot.clickOn("#review-resolve");
        assertThat(threads.getItems()).isEmpty();
        assertThat(menuItem("menu-undo").getText()).isEqualTo("Undo Resolve");
    }

    @Test
    void recordAVersionThenCompareTwoVersions() throws Exception {
        selectClause("1.1");
        window.robot.interact(() -> text().appendText(" Recorded."));
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> !versions.getItems().isEmpty());
        int before = versions.getItems().size();

        window.robot.clickOn("#history-record");
        window.waitFor(5, () -> window.robot.lookup("#version-label").tryQuery().isPresent());
        // the next label is suggested; the member keeps it
        assertThat(((TextField) window.robot.lookup("#version-label").query()).getText()).isEqualTo("Working draft 5");
        window.robot.clickOn("#version-message").write("After the Geneva meeting");
        Button ok = window.robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).query();
        window.robot.clickOn(ok);
        window.waitFor(15, () -> versions.getItems().size() == before + 1);
        assertThat(versions.getItems().get(0).label()).isEqualTo("Working draft 5");
        assertThat(versions.getItems().get(0).author()).isEqualTo("Test Member");

        window.robot.interact(() -> {
            versions.getSelectionModel().clearSelection();
            versions.getSelectionModel().selectIndices(0, versions.getItems().size() - 1);
        });
        window.robot.clickOn("#history-compare");
        // the comparison opens in a window of its own once it is made
        window.waitFor(15, () -> window.robot.lookup("#compare-changes").tryQuery().isPresent());
        ListView<ChangeRow> changes = window.robot.lookup("#compare-changes").query();
        window.waitFor(15, () -> !changes.getItems().isEmpty());
        javafx.scene.control.Label title = window.robot.lookup("#compare-title").query();
        javafx.scene.control.Label summary = window.robot.lookup("#compare-summary").query();
        assertThat(title.getText()).contains("Working draft 5");
        assertThat(summary.getText()).contains("added");
        assertThat(changes.getItems()).anyMatch(r -> r.text().stream().anyMatch(s -> s.text().contains("Recorded.")));
        assertThat(window.robot.lookup(".diff-inserted").queryAll()).isNotEmpty();
    }

    @Test
    void exportADocxAndReadItBack() throws Exception {
        selectClause("1.1");
        window.robot.interact(() -> ((TextField) window.robot.lookup("#clause-heading").query())
                .setText("Respect for all life"));
        window.robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        window.waitFor(10, () -> window.robot.lookup("#export-target").tryQuery().isPresent());
        Path file = temp.resolve("draft.docx");
        TextField target = window.robot.lookup("#export-target").query();
        window.robot.interact(() -> target.setText(file.toString()));
        window.robot.clickOn("#export-run");
        window.waitFor(30, () -> Files.exists(file) && window.robot.lookup("#export-target").tryQuery().isEmpty());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .anyMatch(t -> t.contains("Respect for all life"))
                    .anyMatch(t -> t.contains("Ethical standards"));
        }
    }

    @Test
    void aSecondMemberGetsTheProjectReadOnly() throws Exception {
        try (ProjectSession other = ProjectSession.open(window.dir, "Someone Else")) {
            assertThat(other.isReadOnly()).isTrue();
        }
    }
}
