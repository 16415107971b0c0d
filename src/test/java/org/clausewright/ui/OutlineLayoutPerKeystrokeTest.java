package org.clausewright.ui;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import org.clausewright.app.bench.SyntheticProject;
import org.clausewright.model.Project;
import org.clausewright.store.ProjectFolder;
import org.clausewright.store.ProjectWriter;
import org.clausewright.ui.outline.OutlineRow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typing in a clause's text changes nothing the outline shows, so it must not lay the outline out: a layout of
 * the 2,000-row outline re-estimates the height of all its rows, which was 45 % of such a keystroke's time on the
 * UI thread. On the window benchmark's project, after selecting clauses here and there as a member does.
 */
class OutlineLayoutPerKeystrokeTest {
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
    void typingInAClauseDoesNotLayOutTheOutline() throws Exception {
        Path dir = temp.resolve("synthetic");
        Project project = DetachedThreadsProject.of(new SyntheticProject(20261128L));
        new ProjectWriter(new ProjectFolder(dir)).writeAll(project);
        EditorWindow.freshSettings();
        window = EditorWindow.openOn(dir, "en");
        window.waitFor(30, () -> window.outline().getSelectionModel().getSelectedItem() != null);
        List<TreeItem<OutlineRow>> clauses = new ArrayList<>();
        collect(window.outline().getRoot(), clauses);
        StyleClassedTextArea area = window.robot.lookup("#clause-text").query();
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            TreeItem<OutlineRow> item = clauses.get(random.nextInt(clauses.size()));
            window.robot.interact(() -> window.outline().getSelectionModel().select(item));
            window.robot.interact(() -> area.insertText(area.getLength(), "x"));
        }
        TreeItem<OutlineRow> heavy = clauses.stream()
                .filter(c -> c.getValue().id().equals(DetachedThreadsProject.DETACHED_ON)).findFirst().orElseThrow();
        window.robot.interact(() -> window.outline().getSelectionModel().select(heavy));
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger layouts = new AtomicInteger();
        VirtualFlow<?> flow = window.robot.from(window.outline()).lookup(".virtual-flow").query();
        window.robot.interact(() -> {
            window.stage().getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
            flow.needsLayoutProperty().addListener((o, was, now) -> {
                if (was && !now) {
                    layouts.incrementAndGet();
                }
            });
        });
        pulse(pulses);
        layouts.set(0);

        for (int i = 0; i < 10; i++) {
            int at = i % 2 == 0 ? -1 : random.nextInt(area.getLength());
            window.robot.interact(() -> area.insertText(at < 0 ? area.getLength() : at, "x"));
            // the keystroke's pulse, and the one after it: a change of a row's style in one pulse is a layout
            // of the outline in the next
            pulse(pulses);
            pulse(pulses);
        }

        assertThat(layouts.get()).as("layouts of the outline in 10 keystrokes in a clause's text").isZero();
    }

    @Test
    void typingInAHeadingShowsItInItsRowAloneAndKeepsTheScroll() throws Exception {
        window = EditorWindow.open(temp);
        TreeItem<OutlineRow> item = window.clauseItem("3.3");
        window.robot.interact(() -> {
            window.outline().scrollTo(5);
            window.outline().getSelectionModel().select(item);
        });
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = window.robot.from(window.outline()).lookup(".virtual-flow").query();
        AtomicInteger rowsShownAgain = new AtomicInteger();
        double[] scrolled = new double[2];
        window.robot.interact(() -> {
            // the rows on screen: not the hidden cell the outline measures rows with
            flow.lookupAll(".tree-cell").stream().filter(n -> n.getParent() != null && n.getParent().isVisible())
                    .forEach(n -> ((TreeCell<?>) n).itemProperty()
                            .addListener((o, was, now) -> rowsShownAgain.incrementAndGet()));
            scrolled[0] = flow.getFirstVisibleCell().getIndex();
            scrolled[1] = flow.getFirstVisibleCell().getLayoutY();
        });
        TextField heading = window.robot.lookup("#clause-heading").query();

        for (String letter : new String[] {" ", "X", "Y"}) {
            window.robot.interact(() -> heading.insertText(heading.getLength(), letter));
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(rowsShownAgain.get()).as("rows shown again for 3 letters typed in one heading").isEqualTo(3);
        assertThat(window.robot.lookup(".outline-heading").<Label>queryAll())
                .anyMatch(l -> l.getText().equals("Accurate records and data stewardship XY"));
        assertThat(window.robot.lookup(".tree-cell").<TreeCell<OutlineRow>>queryAll())
                .filteredOn(c -> c.getItem() != null && c.getItem().number().equals("3.3")).hasSize(1)
                .allMatch(c -> c.getItem().title().equals("Accurate records and data stewardship XY"));
        window.robot.interact(() -> {
            scrolled[0] -= flow.getFirstVisibleCell().getIndex();
            scrolled[1] -= flow.getFirstVisibleCell().getLayoutY();
        });
        assertThat(scrolled).as("the outline's scroll position: first row shown, and where").containsExactly(0, 0);
    }

    private void pulse(AtomicInteger pulses) throws Exception {
        int before = pulses.get();
        window.robot.interact(Platform::requestNextPulse);
        window.waitFor(10, () -> pulses.get() > before);
    }

    private static void collect(TreeItem<OutlineRow> item, List<TreeItem<OutlineRow>> out) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (child.getValue().kind() == OutlineRow.Kind.CLAUSE) {
                out.add(child);
            }
            collect(child, out);
        }
    }
}
