package org.clausewright.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.clausewright.history.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison in the Arabic window. It draws no italics: DejaVu Sans, its font, has no Arabic letters in its oblique
 * face, and the italic "what changed" line under each clause ("تغيّرت التفاصيل · …") came out as another font's glyphs,
 * unreadable (seen under Xvfb). An English clause's words read left to right, their full stops at the end.
 */
class ArabicComparisonTest {
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
    void theWhatChangedLinesAreUprightAndInTheWindowsFontAndEnglishWordsReadLeftToRight() throws Exception {
        window = EditorWindow.openIn(temp, "ar").atDefaultSize();
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() >= 4);
        window.robot.interact(() -> {
            versions.getSelectionModel().clearSelection();
            versions.getSelectionModel().selectIndices(0, versions.getItems().size() - 1);
        });
        window.robot.clickOn("#history-compare");
        window.waitFor(15, () -> changes() != null && !changes().lookupAll(".change-what").isEmpty());
        Parent root = changes().getScene().getRoot();

        List<Label> what = Room.laidOut(root, () -> root.lookupAll(".change-what").stream()
                .filter(n -> n instanceof Label).map(n -> (Label) n).toList());
        assertThat(what).isNotEmpty().allSatisfy(l -> assertThat(l.getFont().getStyle()).as(l.getText())
                .doesNotContainIgnoringCase("oblique").doesNotContainIgnoringCase("italic"));
        assertThat(Room.laidOut(root, () -> MissingGlyphs.fromFallback(root))).isEmpty();

        List<javafx.scene.text.TextFlow> english = Room.laidOut(root, () -> flows(root).stream()
                .filter(n -> n.getChildren().stream()
                        .anyMatch(t -> t instanceof javafx.scene.text.Text x && x.getText().contains("Scientists")))
                .map(n -> (javafx.scene.text.TextFlow) n).toList());
        assertThat(english).isNotEmpty().allSatisfy(f -> assertThat(f.getEffectiveNodeOrientation())
                .isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT));
    }

    @Test
    void theNamesInADetailLineEachReadWholeInTheLinesOrder() throws Exception {
        window = EditorWindow.openIn(temp, "ar").atDefaultSize();
        window.robot.interact(() -> ((TabPane) window.robot.lookup("#left-tabs").query()).getSelectionModel().select(2));
        ListView<Version> versions = window.robot.lookup("#history-versions").query();
        window.waitFor(10, () -> versions.getItems().size() >= 4);
        window.robot.interact(() -> {
            versions.getSelectionModel().clearSelection();
            versions.getSelectionModel().selectIndices(0, versions.getItems().size() - 1);
        });
        window.robot.clickOn("#history-compare");
        String note = "Agreed at the second meeting";
        String recorder = "Lucía Fernández Ortega";
        window.waitFor(15, () -> changes() != null && !changes().lookupAll(".change-detail").isEmpty());
        Parent root = changes().getScene().getRoot();
        // "…؛ سجّله Lucía Fernández Ortega): Agreed at the second meeting" — the recorder, then the meeting's note
        List<String> wrong = Room.laidOut(root, () -> {
            Label line = root.lookupAll(".change-detail").stream().filter(n -> n instanceof Label l
                    && l.getText().contains(note)).map(n -> (Label) n).findFirst().orElseThrow();
            Node scope = line.getParent() instanceof javafx.scene.layout.FlowPane flow ? flow : line;
            java.util.Optional<DrawnText.Span> by = DrawnText.of(scope, recorder);
            java.util.Optional<DrawnText.Span> said = DrawnText.of(scope, note);
            double row = line.getFont().getSize() * 1.6;
            List<String> found = new java.util.ArrayList<>();
            // a right-to-left label is drawn a word per node: a name found whole is drawn whole, on one row
            if (by.isEmpty() || said.isEmpty()) {
                found.add("a name is not drawn as one piece: " + (by.isEmpty() ? recorder : note));
            } else if (Math.abs(said.get().middle() - by.get().middle()) < row / 2
                    ? !said.get().isLeftOf(by.get()) : said.get().middle() < by.get().middle()) {
                found.add("the note is drawn before the recorder's name");
            }
            return found;
        });
        assertThat(wrong).isEmpty();
    }

    private static List<javafx.scene.text.TextFlow> flows(Parent parent) {
        List<javafx.scene.text.TextFlow> found = new java.util.ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.TextFlow flow) {
                found.add(flow);
            } else if (child instanceof Parent p) {
                found.addAll(flows(p));
            }
        }
        return found;
    }

    private static Node changes() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().lookup("#compare-changes")).filter(n -> n != null).findFirst().orElse(null);
    }
}
