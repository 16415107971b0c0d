package org.clausewright.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import org.clausewright.ui.outline.OutlineRow;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 1440 × 900 everything the window writes can be read whole: outline headings and statuses, the chosen
 * sources, the hints; and the Library's filters say what they let through in words.
 */
class RoomAtDefaultSizeTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void open() throws Exception {
        window = EditorWindow.open(temp, FxDialogs::new);
        window.atDefaultSize();
        window.waitFor(5, () -> true);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    /** Every label under {@code root} drawn shorter than its text, cut to "…", read once laid out. */
    private static List<String> cut(Node root) throws Exception {
        return Room.cut(root);
    }

    @Test
    void outlineHeadingsAndStatusesAreWhole() throws Exception {
        TreeView<OutlineRow> tree = window.outline();
        Bounds view = tree.localToScene(tree.getLayoutBounds());
        List<Node> statuses = List.copyOf(tree.lookupAll(".outline-status"));
        assertThat(statuses).isNotEmpty();
        for (Node status : statuses) {
            if (status.isVisible() && status instanceof Label label && !label.getText().isEmpty()) {
                Bounds b = status.localToScene(status.getLayoutBounds());
                assertThat(b.getMaxX()).as("status \"%s\" inside the outline", label.getText())
                        .isLessThanOrEqualTo(view.getMaxX());
            }
        }
        assertThat(cut(tree)).isEmpty();
        assertThat(tree.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible())).isEmpty();
    }

    /**
     * The clause's text is what the member came to edit: the panels under it (brackets, details with sources and
     * addresses) never squeeze it to a few lines; when they need more than the window has, the editor scrolls.
     */
    @Test
    void theClauseTextKeepsRoomForSeveralLinesBesideTallDetails() throws Exception {
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> true);
        Node text = window.robot.lookup("#clause-text").query();
        double[] height = new double[1];
        window.robot.interact(() -> height[0] = text.getParent().getLayoutBounds().getHeight());
        assertThat(height[0]).as("height of the clause text area").isGreaterThanOrEqualTo(160);
    }

    @Test
    void theChosenSourcesAndTheHintsAreReadInFull() throws Exception {
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        Label chosen = window.robot.lookup("#clause-sources-chosen").query();
        CheckComboBox<?> sources = window.robot.lookup("#clause-sources").query();
        assertThat(sources.getCheckModel().getCheckedItems()).isNotEmpty();
        for (Object source : sources.getCheckModel().getCheckedItems()) {
            assertThat(chosen.getText()).contains(((org.clausewright.ui.editor.Choice) source).label());
        }
        assertThat(cut(window.robot.lookup("#clause-details").query())).isEmpty();

        TabPane tabs = window.robot.lookup("#left-tabs").query();
        window.robot.interact(() -> tabs.getSelectionModel().select(2));
        window.robot.interact(() -> { });
        assertThat(cut(window.robot.lookup("#history").query())).isEmpty();
    }

    @Test
    void libraryFiltersSayWhatTheyLetThrough() {
        TabPane tabs = window.robot.lookup("#left-tabs").query();
        window.robot.interact(() -> tabs.getSelectionModel().select(1));
        CheckComboBox<?> categories = window.robot.lookup("#library-categories").query();
        assertThat(categories.getTitle()).isEqualTo("All categories");
        window.robot.interact(() -> {
            categories.getCheckModel().check(0);
            categories.getCheckModel().check(1);
        });
        assertThat(categories.getTitle()).isEqualTo("2 of " + categories.getItems().size() + " categories");
        CheckComboBox<?> statuses = window.robot.lookup("#library-statuses").query();
        assertThat(statuses.getTitle()).isEqualTo("All statuses");
    }

    @Test
    void aLongCategoryNameReadsInFull() throws Exception {
        // "Responsible conduct of research", the sample's longest category, was cut to "Responsible conduct of r…"
        String id = "data-integrity";
        TreeItem<OutlineRow> item = window.outline().getRoot().getChildren().stream()
                .flatMap(RoomAtDefaultSizeTest::flatten).filter(i -> i.getValue().id().equals(id)).findFirst()
                .orElseThrow();
        window.robot.interact(() -> window.outline().getSelectionModel().select(item));
        ComboBox<?> category = window.robot.lookup("#clause-category").query();
        assertThat(((org.clausewright.ui.editor.Choice) category.getValue()).label())
                .isEqualTo("Responsible conduct of research");
        assertThat(cut(category)).isEmpty();
    }

    @Test
    void theLibraryTableShowsEveryColumnWithoutScrollingSideways() throws Exception {
        TabPane tabs = window.robot.lookup("#left-tabs").query();
        window.robot.interact(() -> tabs.getSelectionModel().select(1));
        window.robot.interact(() -> { });
        TableView<?> table = window.robot.lookup("#library-table").query();
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar s
                && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible())).isEmpty();
        Bounds view = table.localToScene(table.getLayoutBounds());
        for (Node header : table.lookupAll(".column-header")) {
            if (header.isVisible()) {
                Bounds b = header.localToScene(header.getLayoutBounds());
                assertThat(b.getMaxX()).as("column header inside the table").isLessThanOrEqualTo(view.getMaxX() + 0.5);
            }
        }
        // the statuses ("under discussion", "agreed ad ref.") are never cut, once the column has measured them (a
        // pulse or two after the tab shows)
        TableColumn<?, ?> status = table.getColumns().get(2);
        java.util.concurrent.Callable<List<String>> statusesCut = () -> Room.laidOut(table, () -> table
                .lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?> c
                        && c.getTableColumn() == status && c.isVisible() && c.getText() != null)
                .flatMap(n -> Room.cutNow(n).stream()).toList());
        try {
            window.waitFor(5, () -> statusesCut.call().isEmpty());
        } catch (Exception stillCut) {
            // told below, with what is cut
        }
        assertThat(statusesCut.call()).isEmpty();
    }

    @Test
    void theLibraryShowsEveryHeadingAndCategoryInFull() throws Exception {
        // at 1440 x 900 the heading was cut ("Respect for life ...") and the category shrank to "et..."
        TabPane tabs = window.robot.lookup("#left-tabs").query();
        window.robot.interact(() -> tabs.getSelectionModel().select(1));
        window.robot.interact(() -> { });
        TableView<?> table = window.robot.lookup("#library-table").query();
        List<org.clausewright.ui.library.LibraryRow> rows = table.getItems().stream()
                .map(org.clausewright.ui.library.LibraryRow.class::cast).toList();
        assertThat(rows).isNotEmpty();
        // the status column takes its width once its cells are styled, a pulse or two after the tab shows
        try {
            window.waitFor(5, () -> cut(table).isEmpty());
        } catch (Exception stillCut) {
            // told below, with what is cut
        }
        assertThat(cut(table)).isEmpty();
        List<String> drawn = texts(table).stream().filter(t -> t.isVisible() && t.getParent() != null
                && t.getParent().isVisible()).map(Text::getText).toList();
        List<org.clausewright.ui.library.LibraryRow> shown = rows.stream()
                .filter(r -> drawn.stream().anyMatch(t -> t.startsWith(r.heading()))).toList();
        assertThat(shown).as("rows drawn whole").isNotEmpty();
        // by the name the project gives it, as in the Details, not by its id ("ethics")
        assertThat(shown).anyMatch(r -> r.categoryName().equals("Ethical standards"));
        for (org.clausewright.ui.library.LibraryRow row : shown) {
            assertThat(drawn).as("the category of \"%s\"", row.heading()).contains(row.categoryName());
        }
    }

    private static List<Text> texts(Node node) {
        if (node instanceof Text text) {
            return List.of(text);
        }
        return node instanceof javafx.scene.Parent parent ? parent.getChildrenUnmodifiable().stream()
                .flatMap(n -> texts(n).stream()).toList() : List.of();
    }

    private static java.util.stream.Stream<TreeItem<OutlineRow>> flatten(TreeItem<OutlineRow> item) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(item),
                item.getChildren().stream().flatMap(RoomAtDefaultSizeTest::flatten));
    }
}
