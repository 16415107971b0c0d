package org.clausewright.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewright.model.ClauseStatus;
import org.clausewright.ui.Messages;
import org.clausewright.ui.ProjectViewModel;

/** Centre of the window: number and heading, the clause text, and its details in a form below. */
public final class ClauseEditorView {
    private final VBox root;
    private final ClauseTextArea text;

    public ClauseEditorView(ClauseEditorViewModel model, ProjectViewModel document) {
        Messages messages = document.messages();
        Label number = new Label();
        number.setId("clause-number");
        number.getStyleClass().add("clause-number");
        number.textProperty().bind(model.numberProperty());
        TextField heading = new TextField();
        heading.setId("clause-heading");
        heading.getStyleClass().add("clause-heading");
        heading.setPromptText(messages.get("editor.heading"));
        heading.textProperty().bindBidirectional(model.headingProperty());
        heading.editableProperty().bind(model.editableProperty());
        HBox title = new HBox(10, number, heading);
        HBox.setHgrow(heading, Priority.ALWAYS);

        text = new ClauseTextArea(model, document);
        VBox.setVgrow(text.node(), Priority.ALWAYS);

        TitledPane details = new TitledPane(messages.get("editor.details"), form(model, messages));
        details.setId("clause-details");
        details.setExpanded(true);
        root = new VBox(8, title, text.node(), details);
        root.setPadding(new Insets(10));
        root.setId("clause-editor");
    }

    private static GridPane form(ClauseEditorViewModel model, Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ComboBox<ClauseStatus> status = new ComboBox<>();
        status.setId("clause-status");
        status.getItems().setAll(ClauseStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClauseStatus s) {
                return s == null ? "" : messages.get("status." + s.key());
            }

            @Override
            public ClauseStatus fromString(String s) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.disableProperty().bind(model.editableProperty().not());
        TextField category = field("clause-category", model.categoryProperty(), model);
        TextField tags = field("clause-tags", model.tagsProperty(), model);
        TextField sources = field("clause-sources", model.sourcesProperty(), model);
        TextArea rationale = new TextArea();
        rationale.setId("clause-rationale");
        rationale.setWrapText(true);
        rationale.setPrefRowCount(3);
        rationale.textProperty().bindBidirectional(model.rationaleProperty());
        rationale.editableProperty().bind(model.editableProperty());
        grid.addRow(0, new Label(messages.get("editor.status")), status, new Label(messages.get("editor.category")),
                category);
        grid.addRow(1, new Label(messages.get("editor.tags")), tags, new Label(messages.get("editor.sources")),
                sources);
        grid.add(new Label(messages.get("editor.rationale")), 0, 2);
        grid.add(rationale, 1, 2, 3, 1);
        grid.getChildren().stream().filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        GridPane.setHgrow(category, Priority.ALWAYS);
        GridPane.setHgrow(sources, Priority.ALWAYS);
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property,
                                   ClauseEditorViewModel model) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.editableProperty().bind(model.editableProperty());
        return field;
    }

    public Node node() {
        return root;
    }

    /** The text area, for selecting words to annotate and for focus. */
    public org.fxmisc.richtext.StyleClassedTextArea textArea() {
        return text.area();
    }
}
