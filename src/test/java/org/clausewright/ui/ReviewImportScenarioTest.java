package org.clausewright.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.clausewright.model.AnnotationKind;
import org.clausewright.ui.review.ThreadRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer's Word file brought back through the real window: preview, import, reject a suggestion, undo. */
class ReviewImportScenarioTest {
    @TempDir
    Path temp;
    private EditorWindow window;

    @BeforeEach
    void openTheSample() throws Exception {
        Path review = temp.resolve("review-norway.docx");
        try (InputStream in = getClass().getResourceAsStream(
                "/org/clausewright/docx/review/sample-review-libreoffice.docx")) {
            Files.write(review, in.readAllBytes());
        }
        window = EditorWindow.open(temp, (messages, owner) -> new ChosenFileDialogs(messages, owner, review));
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private String undoText() {
        MenuBar bar = window.robot.lookup("#menu-bar").query();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-undo".equals(i.getId())).findFirst().map(MenuItem::getText).orElseThrow();
    }

    @Test
    void importAReviewThenRejectASuggestionAndUndo() throws Exception {
        window.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        window.waitFor(20, () -> window.robot.lookup("#import-run").tryQuery()
                .map(b -> !((Button) b).isDisabled()).orElse(false));
        javafx.scene.layout.VBox report = window.robot.lookup("#import-report").query();
        assertThat(String.join("\n", report.getChildren().stream().map(l -> ((Label) l).getText()).toList()))
                .startsWith("Review from review-norway.docx: 5 comments, 4 suggestions")
                .contains("1.2.1  Duty to avoid harm").contains("Unplaced (1)");

        window.robot.clickOn("#import-run");
        window.waitFor(30, () -> window.robot.lookup("#import-dialog").tryQuery().isEmpty());
        // the window shows the first clause the review added to, with its new threads
        assertThat(window.outline().getSelectionModel().getSelectedItem().getValue().number()).isEqualTo("1.2.1");
        ListView<ThreadRow> threads = window.robot.lookup("#review-threads").query();
        assertThat(threads.getItems()).anySatisfy(r -> {
            assertThat(r.thread().author()).isEqualTo("Ingrid Solberg");
            assertThat(r.quote()).isEqualTo("“Scientists should”");
        });
        assertThat(window.clauseItem("1.2.1").getValue().openThreads()).isGreaterThanOrEqualTo(3);
        TitledPane unplaced = window.robot.lookup("#unplaced").query();
        assertThat(unplaced.isVisible()).isTrue();
        assertThat(unplaced.getText()).isEqualTo("Unplaced comments (1)");
        window.robot.clickOn(unplaced.lookup(".title"));
        assertThat(unplaced.isExpanded()).isTrue();
        assertThat(((Label) window.robot.lookup("#status-unplaced").query()).getText()).isEqualTo("1 unplaced comment");
        // not run together with the counts ("9 open brackets1 unplaced comment", as the real window showed)
        javafx.scene.Node counts = window.robot.lookup("#status-counts").query();
        javafx.scene.Node unplacedCount = window.robot.lookup("#status-unplaced").query();
        assertThat(unplacedCount.localToScene(unplacedCount.getLayoutBounds()).getMinX())
                .isGreaterThan(counts.localToScene(counts.getLayoutBounds()).getMaxX() + 4);
        assertThat(undoText()).isEqualTo("Undo Import review");

        int open = threads.getItems().size();
        ThreadRow suggestion = threads.getItems().stream()
                .filter(r -> r.thread().kind() == AnnotationKind.SUGGESTION).findFirst().orElseThrow();
        window.robot.interact(() -> threads.getSelectionModel().select(suggestion));
        window.robot.clickOn("#review-reject");
        assertThat(threads.getItems()).hasSize(open - 1).noneMatch(r -> r.id().equals(suggestion.id()));
        assertThat(undoText()).isEqualTo("Undo Reject suggestion");

        window.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        window.waitFor(5, () -> threads.getItems().size() == open);
        assertThat(undoText()).isEqualTo("Undo Import review");
    }
}
