package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.clausewright.ui.coverage.CoverageItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clause's or an element's number begins its line in the window's direction, in the outline and the coverage
 * window alike, whether the title holds Arabic or not: on the right in Arabic, on the left in English. (Held in one
 * text with the title, a Latin title put its number on the left in the Arabic window, and a title followed by an
 * Arabic word on the right.)
 */
class NumbersLeadTheirLinesTest {
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
    @ValueSource(strings = {"ar", "en"})
    void theOutlinesNumbersLeadTheirHeadings(String language) throws Exception {
        window = EditorWindow.openIn(temp, language).atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.waitFor(5, () -> true);
        Node outline = window.outline();
        assertLeads(language, row(outline, r -> r instanceof org.clausewright.ui.outline.OutlineRow o
                && o.number().equals("1.1")), "1.1", "Respect");
        assertLeads(language, row(outline, r -> r instanceof org.clausewright.ui.outline.OutlineRow o
                && o.number().equals("1.2")), "1.2", "Avoiding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void theCoverageWindowsNumbersLeadTheirTitles(String language) throws Exception {
        window = EditorWindow.openIn(temp, language).atDefaultSize();
        window.robot.interact(() -> window.outline().getSelectionModel().select(window.clauseItem("1.1")));
        window.robot.interact(() -> ((MenuBar) window.robot.lookup("#menu-bar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-coverage".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        window.waitFor(10, () -> coverageTree() != null);
        Node tree = coverageTree();
        window.waitFor(5, () -> row(tree, i -> i instanceof CoverageItem c && c.isElement()) != null);
        // an element, a clause with a Latin heading, and one addressing it partly ("(partly)", "· جزئيًا")
        assertLeads(language, row(tree, i -> i instanceof CoverageItem c && c.isElement()
                && c.element().number().equals("1")), "1", "Ethical");
        assertLeads(language, row(tree, i -> i instanceof CoverageItem c && c.clause() != null
                && c.clause().number().equals("1.1")), "1.1", "Respect");
        assertLeads(language, row(tree, i -> i instanceof CoverageItem c && c.clause() != null
                && c.clause().number().equals("1.2.2")), "1.2.2", "Awareness");
    }

    private void assertLeads(String language, Node row, String number, String title) throws Exception {
        assertThat(row).as("the row of %s", number).isNotNull();
        DrawnText.Span[] spans = Room.laidOut(row, () -> new DrawnText.Span[] {
                DrawnText.of(row, number).orElseThrow(), DrawnText.of(row, title).orElseThrow()});
        if (language.equals("ar")) {
            assertThat(spans[1].isLeftOf(spans[0])).as("%s drawn right of '%s' in %s: %s", number, title, language,
                    java.util.Arrays.toString(spans)).isTrue();
        } else {
            assertThat(spans[0].isLeftOf(spans[1])).as("%s drawn left of '%s' in %s: %s", number, title, language,
                    java.util.Arrays.toString(spans)).isTrue();
        }
    }

    private Node row(Node tree, Predicate<Object> item) throws Exception {
        return Room.laidOut(tree, () -> tree.lookupAll(".tree-cell").stream()
                .filter(n -> n.isVisible() && ((TreeCell<?>) n).getItem() != null && item.test(((TreeCell<?>) n).getItem()))
                .findFirst().orElse(null));
    }

    private static Node coverageTree() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().lookup("#coverage-tree"))
                .filter(n -> n instanceof TreeView<?>).findFirst().orElse(null);
    }
}
