package org.clausewright.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.clausewright.app.ProjectSession;
import org.clausewright.model.Project;
import org.clausewright.ui.outline.OutlineNode;
import org.clausewright.ui.outline.OutlineRow;
import org.clausewright.ui.outline.OutlineViewModel;
import org.controlsfx.control.StatusBar;

import java.util.List;

/** The window's content: the numbered outline on the left, the selected clause on the right. */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final OutlineViewModel outline;

    MainWindow(Messages messages, ProjectSession session) {
        outline = new OutlineViewModel(messages);
        Project project = session.project();

        TreeView<OutlineRow> tree = new TreeView<>();
        tree.setId("outline");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new OutlineCell());
        outline.partsProperty().addListener((obs, old, parts) -> tree.setRoot(treeOf(parts)));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                outline.selectedProperty().set(item == null ? null : item.getValue()));

        Label heading = new Label();
        heading.setId("clause-heading");
        heading.getStyleClass().add("clause-heading");
        heading.textProperty().bind(outline.selectedHeadingProperty());
        TextArea text = new TextArea();
        text.setId("clause-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPromptText(messages.get("outline.empty"));
        text.textProperty().bind(outline.selectedTextProperty());
        VBox clausePane = new VBox(8, heading, text);
        clausePane.setPadding(new Insets(12));
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(tree, clausePane);
        split.setDividerPositions(0.38);
        root.setCenter(split);

        if (session.isReadOnly()) {
            Label banner = new Label(messages.format("app.readOnly", session.heldBy().orElseThrow()));
            banner.setId("read-only-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setPadding(new Insets(6, 12, 6, 12));
            banner.setStyle("-fx-background-color: #fff3cd;");
            root.setTop(banner);
        }
        StatusBar status = new StatusBar();
        status.setText(session.dir() + "   ·   " + messages.format("outline.library", project.library().size()));
        root.setBottom(status);

        outline.show(project);
        tree.getSelectionModel().selectFirst();
    }

    Parent root() {
        return root;
    }

    private static TreeItem<OutlineRow> treeOf(List<OutlineNode> parts) {
        TreeItem<OutlineRow> root = new TreeItem<>();
        parts.forEach(p -> root.getChildren().add(itemOf(p)));
        return root;
    }

    private static TreeItem<OutlineRow> itemOf(OutlineNode node) {
        TreeItem<OutlineRow> item = new TreeItem<>(node.row());
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(itemOf(c)));
        return item;
    }
}
